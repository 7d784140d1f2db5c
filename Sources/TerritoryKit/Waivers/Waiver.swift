/// An auditable exception: one agent may change paths outside its territory, for a reason,
/// until a date. Written in the plan's Waivers section or as a `Territory-Waiver:` commit
/// trailer; always reported, never silent.
public struct Waiver: Sendable, Hashable {
    public var pattern: String
    public var agent: String
    /// Only findings of this rule are waived; nil waives every path rule.
    public var rule: String?
    public var reason: String
    /// The last day the waiver works, `YYYY-MM-DD`.
    public var expires: String
    /// Where it was written: `plan.md:88` or `commit 1a2b3c4`.
    public var source: String

    public init(pattern: String, agent: String, rule: String? = nil, reason: String, expires: String, source: String) {
        self.pattern = pattern
        self.agent = agent
        self.rule = rule
        self.reason = reason
        self.expires = expires
        self.source = source
    }

    /// ISO dates compare as strings; the waiver still works on its expiry day.
    public func isExpired(today: String) -> Bool { today > expires }
}
