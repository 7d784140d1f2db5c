/// A summary to post as a pull-request comment: one line of verdict, a table of the agents
/// checked, and a table of findings with the plan line that decided each.
///
/// Written for a reviewer skimming a PR, so the verdict comes first and every cell that holds
/// text from a branch (paths, agent ids, messages) is escaped through `MarkdownTable`.
public struct MarkdownReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        var sections = [heading(report)]
        if !report.agents.isEmpty { sections.append(agentTable(report)) }
        if WaveMatrix.applies(to: report) { sections.append("#### Wave matrix\n\n" + waveTable(report)) }
        if !report.findings.isEmpty { sections.append("#### Findings\n\n" + findingTable(report)) }
        if !report.notes.isEmpty {
            sections.append(report.notes.map { "- " + MarkdownTable.text($0) }.joined(separator: "\n") + "\n")
        }
        return sections.joined(separator: "\n")
    }

    private func heading(_ report: Report) -> String {
        let verdict = report.isBlocking ? "blocked" : "passed"
        var text = "### territory \(report.command): \(verdict)\n\n"
        text += GitHubReporter.counts(report.summary)
        text += " · plan \(MarkdownTable.code(report.planFile)) from \(MarkdownTable.code(report.planSource))"
        if let base = report.base { text += " · base \(MarkdownTable.code(base))" }
        return text + "\n"
    }

    private func agentTable(_ report: Report) -> String {
        var table = MarkdownTable([
            ("Agent", .left), ("Branch", .left), ("Changed paths", .right), ("Errors", .right), ("Warnings", .right),
        ])
        for agent in report.agents {
            let findings = report.findings.filter { $0.agent == agent.id }
            table.append([
                MarkdownTable.text(agent.id),
                agent.branch.map(MarkdownTable.code) ?? "—",
                String(agent.changedPaths),
                String(findings.count { $0.severity == .error }),
                String(findings.count { $0.severity == .warning }),
            ])
        }
        return table.rendered
    }

    /// Agents × (crossings, overlaps, conflicts, staleness), for a pull-request comment.
    private func waveTable(_ report: Report) -> String {
        let matrix = WaveMatrix(report)
        var table = MarkdownTable(WaveMatrix.columns.enumerated().map { ($1.capitalized, $0 == 0 ? .left : .right) })
        for row in matrix.rows {
            table.append(matrix.cells(row).enumerated().map { $0 == 0 ? MarkdownTable.text($1) : $1 })
        }
        return table.rendered
    }

    private func findingTable(_ report: Report) -> String {
        var table = MarkdownTable([
            ("Severity", .left), ("Rule", .left), ("Agent", .left), ("Path", .left), ("Owners", .left),
            ("Plan", .left), ("Fix", .left),
        ])
        for finding in report.findings {
            var path = MarkdownTable.code(finding.path)
            if let rename = finding.rename {
                let other = rename.from == finding.path ? rename.to : rename.from
                path += " (renamed \(rename.from == finding.path ? "to" : "from") \(MarkdownTable.code(other)))"
            }
            table.append([
                finding.severity.rawValue, MarkdownTable.code(finding.rule),
                MarkdownTable.text((finding.agent ?? "—") + (finding.otherAgent.map { " × " + $0 } ?? "")),
                path, MarkdownTable.text(finding.owners.joined(separator: ", ")),
                finding.plan.map { MarkdownTable.code($0.description) } ?? "",
                MarkdownTable.text(finding.hint),
            ])
        }
        return table.rendered
    }
}
