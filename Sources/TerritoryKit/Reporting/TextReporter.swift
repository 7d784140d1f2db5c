/// The human format: findings grouped by agent, each with the plan line that decided and a fix.
///
/// Every text that comes from the plan or the branches (paths, ids, messages, refs) goes through
/// `TerminalStyle.escaped`, so that a path holding a newline or an escape sequence is shown as
/// `\n` or `\u{1B}` and cannot forge a line of the report.
public struct TextReporter: Reporter {
    public let style: TerminalStyle

    public init(style: TerminalStyle = .plain) { self.style = style }

    public func render(_ report: Report) -> String {
        var lines = [header(report), ""]
        // Each finding under the first entry that owns it (several branches or commits of one
        // agent are separate entries); the rest under their agent's name, or "plan".
        var placed = Set<Int>()
        var previousHadFindings = false
        for (index, agent) in report.agents.enumerated() {
            let mine = report.findings.indices.filter { !placed.contains($0) && agent.owns(report.findings[$0]) }
            placed.formUnion(mine)
            if index > 0, previousHadFindings { lines.append("") }
            lines.append(agentLine(agent, findings: mine.map { report.findings[$0] }))
            lines += mine.flatMap { findingLines(report.findings[$0]) }
            previousHadFindings = !mine.isEmpty
        }
        let rest = Dictionary(grouping: report.findings.indices.filter { !placed.contains($0) }.map { report.findings[$0] }) { $0.agent ?? "" }
        for (agent, findings) in rest.sorted(by: { $0.key < $1.key }) {
            lines.append(style.bold(agent.isEmpty ? "plan" : Self.safe(agent)))
            lines += findings.flatMap(findingLines)
        }
        lines += report.notes.map { "note: " + Self.safe($0) }
        if WaveMatrix.applies(to: report) { lines += ["", WaveMatrix(report).text] }
        if !report.agents.isEmpty || !report.findings.isEmpty || !report.notes.isEmpty { lines.append("") }
        lines.append(footer(report))
        return lines.joined(separator: "\n") + "\n"
    }

    private func header(_ report: Report) -> String {
        var text = "territory \(Self.safe(report.command)): plan \(Self.safe(report.planFile)) (from \(Self.safe(report.planSource)))"
        if let base = report.base { text += ", base " + Self.safe(base) }
        return text
    }

    private func agentLine(_ agent: CheckedAgent, findings: [Finding]) -> String {
        var text = style.bold(Self.safe(agent.id))
        if let branch = agent.branch { text += " — \(Self.safe(branch)) (\(Self.safe(agent.mapping)))" }
        let paths = agent.changedPaths == 1 ? "1 changed path" : "\(agent.changedPaths) changed paths"
        text += ", \(paths)"
        if let base = agent.mergeBase { text += " since " + Self.safe(base) }
        if findings.isEmpty { text += ": " + style.success("clean") }
        return text
    }

    private func findingLines(_ finding: Finding) -> [String] {
        var lines = ["  " + style.severity(finding.severity, finding.severity.rawValue) + "  "
            + style.bold(Self.safe(finding.rule)) + "  " + Self.safe(finding.path)]
        lines.append("      " + Self.safe(finding.message))
        if let plan = finding.plan { lines.append("      " + style.dim("plan: " + Self.safe(plan.description))) }
        lines.append("      fix: " + Self.safe(finding.hint))
        return lines
    }

    private static func safe(_ text: String) -> String { TerminalStyle.escaped(text) }

    private func footer(_ report: Report) -> String {
        let summary = report.summary
        func count(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }
        let counts = [count(summary.errors, "error"), count(summary.warnings, "warning"), count(summary.notes, "note")]
        var text = counts.joined(separator: ", ")
        let commits = report.agents.count { $0.commit != nil }
        if commits > 0 {
            text += " · " + count(Set(report.agents.map(\.id)).count, "agent") + ", " + count(commits, "commit") + " checked"
        } else if !report.agents.isEmpty {
            text += " · " + count(report.agents.count, "agent") + " checked"
        }
        return report.isBlocking ? style.severity(.error, text) : text
    }
}
