/// A rule that judges each path a change writes. The checker asks the rules in order and the
/// first that answers decides, so a path gets one finding: the most specific one.
public protocol PathRule: Sendable {
    static var description: RuleDescription { get }
    /// The finding for this path, or nil when the rule has nothing to say about it.
    func evaluate(_ touch: PathTouch) -> Finding?
}

extension PathRule {
    func finding(_ touch: PathTouch, owners: [String], message: String, plan: SourceLocation?, hint: String) -> Finding {
        Finding(
            rule: Self.description.id, severity: Self.description.defaultSeverity, agent: touch.agent.id,
            path: touch.path, rename: touch.rename, owners: owners, message: message, plan: plan, hint: hint)
    }
}
