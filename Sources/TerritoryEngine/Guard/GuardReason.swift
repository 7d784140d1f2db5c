import TerritoryKit

/// One write the guard refuses: what, why (a rule id or the guard's own), and what to do instead.
struct GuardRefusal {
    var subject: String
    var rule: String
    var message: String
    var fix: String

    init(subject: String, rule: String, message: String, fix: String) {
        self.subject = subject
        self.rule = rule
        self.message = message
        self.fix = fix
    }

    /// A finding of the checker, with the plan line that decided it.
    init(_ finding: Finding) {
        var message = finding.message
        if let location = finding.plan { message += " (plan \(location))" }
        self.init(subject: finding.path, rule: finding.rule, message: message, fix: finding.hint)
    }

    static let gitDirectoryRule = "git-directory"
    static let foreignWorktreeRule = "foreign-worktree"
    static let hardLinkRule = "hard-link"
    static let refusedCommandRule = "refused-command"
    static let unseenWriteRule = "unseen-write"
}

/// The text a refused agent reads: what it may not write, whose it is, the plan line, the fix,
/// and where its own territory is, so that its next attempt can land there.
struct GuardReason {
    var agentID: String?
    var refusals: [GuardRefusal]
    /// The agent's own territory patterns, when known.
    var territory: [String] = []

    var text: String {
        let onFiles = !refusals.contains { [GuardRefusal.refusedCommandRule, GuardRefusal.unseenWriteRule].contains($0.rule) }
        let what = onFiles ? (refusals.count == 1 ? "write this file" : "write these files") : "do this"
        var lines = ["territory: \(agentID ?? "this agent") may not \(what):"]
        for refusal in refusals {
            lines.append("- \(refusal.subject) [\(refusal.rule)]: \(refusal.message)")
            lines.append("  fix: \(refusal.fix)")
        }
        let own = territory.prefix(12)
        if !own.isEmpty { lines.append("Your territory: " + own.map { "`\($0)`" }.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    static func territory(of agentID: String, in plan: Plan) -> [String] {
        plan.agent(named: agentID)?.entries(.write).map(\.pattern) ?? []
    }
}
