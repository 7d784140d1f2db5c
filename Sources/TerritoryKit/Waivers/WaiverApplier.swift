/// Applies waivers to findings: a waived finding stays in the report as a note that names the
/// waiver, its reason and expiry; an expired waiver stops working and is reported itself.
public struct WaiverApplier: Sendable {
    public let waivers: [Waiver]
    public let today: String

    public init(waivers: [Waiver], today: String) {
        self.waivers = waivers
        self.today = today
    }

    public func apply(_ findings: [Finding]) -> [Finding] {
        var result: [Finding] = []
        var expiredUsed = Set<Waiver>()
        for finding in findings {
            let matching = waivers.filter { covers($0, finding) }
            if let waiver = matching.first(where: { !$0.isExpired(today: today) }) {
                var waived = finding
                waived.severity = .note
                waived.message = "waived until \(waiver.expires) (\(waiver.source)): \(waiver.reason) — \(finding.message)"
                result.append(waived)
            } else {
                result.append(finding)
                expiredUsed.formUnion(matching)
            }
        }
        for waiver in expiredUsed.sorted(by: { $0.source < $1.source }) {
            result.append(Finding(
                rule: "waiver-expired", severity: .note, agent: waiver.agent, path: waiver.pattern,
                message: "the waiver for `\(waiver.pattern)` (\(waiver.source)) expired on \(waiver.expires) and no longer applies",
                plan: nil, hint: "renew it with a new expiry date if it is still needed, or remove it"))
        }
        return result
    }

    /// Rules a pattern never waives: a plan edit or a change of a frozen contract path is waived
    /// only by a waiver that names that exact path.
    public static let literalOnlyRules: Set<String> = ["plan-modified", "contract-frozen"]

    private func covers(_ waiver: Waiver, _ finding: Finding) -> Bool {
        guard finding.severity == .error, finding.agent == waiver.agent, waiver.rule == nil || waiver.rule == finding.rule else { return false }
        if Self.literalOnlyRules.contains(finding.rule) { return waiver.pattern == finding.path }
        guard let glob = try? Glob(waiver.pattern) else { return false }
        return glob.matches(finding.path)
    }
}
