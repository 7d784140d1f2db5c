import TerritoryKit

/// The text a refused agent reads: what it may not write, whose it is, the plan line, the fix,
/// and where its own territory is, so that its next attempt can land there.
struct GuardReason {
    let plan: Plan
    let agentID: String

    func text(_ findings: [Finding]) -> String {
        var lines = ["territory: \(agentID) may not write \(findings.count == 1 ? "this file" : "these files"):"]
        for finding in findings {
            var line = "- \(finding.path) [\(finding.rule)]: \(finding.message)"
            if let location = finding.plan { line += " (plan \(location))" }
            lines.append(line)
            lines.append("  fix: \(finding.hint)")
        }
        if let agent = plan.agent(named: agentID) {
            let own = agent.entries(.write).map(\.pattern).prefix(12)
            if !own.isEmpty { lines.append("Your territory: " + own.map { "`\($0)`" }.joined(separator: ", ")) }
        }
        return lines.joined(separator: "\n")
    }
}
