/// GitHub Actions: one workflow-command annotation per finding, plus a step-summary table.
///
/// GitHub displays at most 10 error, 10 warning and 10 notice annotations per step and drops
/// the rest without a word, so we stop at `limit` per severity ourselves and end with a plain
/// line that says how many were left out — a reader then knows to open the full report instead
/// of believing the ten they see are all there is. The reporter stays pure: the executable
/// appends `summaryMarkdown` to `$GITHUB_STEP_SUMMARY`.
public struct GitHubReporter: Reporter {
    /// Annotations GitHub shows per severity and step.
    public static let limit = 10

    public let limit: Int

    public init(limit: Int = GitHubReporter.limit) { self.limit = limit }

    public func render(_ report: Report) -> String {
        var lines: [String] = []
        var shown: [Severity: Int] = [:]
        var leftOut = 0
        for finding in report.findings {
            guard shown[finding.severity, default: 0] < limit else {
                leftOut += 1
                continue
            }
            shown[finding.severity, default: 0] += 1
            lines.append(annotation(finding, command: report.command).line)
        }
        lines += report.notes.map { "territory: \($0)" }
        var closing = "territory \(report.command): " + Self.counts(report.summary)
        if leftOut > 0 {
            closing += "; \(leftOut) \(leftOut == 1 ? "finding was" : "findings were") not annotated "
                + "(GitHub shows at most \(limit) per severity and step): see the step summary or the full report"
        }
        lines.append(closing)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The markdown the executable appends to `$GITHUB_STEP_SUMMARY`: every finding, uncapped.
    public func summaryMarkdown(_ report: Report) -> String {
        var text = "### territory \(report.command): \(Self.counts(report.summary))\n\n"
        text += "Plan \(MarkdownTable.code(report.planFile)) from \(MarkdownTable.code(report.planSource))"
        text += report.base.map { ", base \(MarkdownTable.code($0))" } ?? ""
        text += ".\n\n"
        guard !report.findings.isEmpty else { return text + "No findings.\n" }
        var table = MarkdownTable([
            ("Severity", .left), ("Rule", .left), ("Agent", .left), ("Path", .left), ("Owners", .left), ("Plan line", .left),
        ])
        for finding in report.findings {
            table.append([
                finding.severity.rawValue, MarkdownTable.code(finding.rule), MarkdownTable.text(finding.agent ?? "—"),
                MarkdownTable.code(finding.path), MarkdownTable.text(finding.owners.joined(separator: ", ")),
                finding.plan.map { MarkdownTable.code($0.description) } ?? "",
            ])
        }
        return text + table.rendered
    }

    /// The annotation of one finding, pinned where `FindingAnchor` says (GitHub needs `line` to
    /// show an annotation in the diff view, not only in the run's summary).
    func annotation(_ finding: Finding, command: String) -> WorkflowCommand {
        var message = finding.message
        if let plan = finding.plan { message += "\nplan: \(plan)" }
        message += "\nfix: \(finding.hint)"
        let anchor = FindingAnchor(finding, command: command)
        return WorkflowCommand(
            name: WorkflowCommand.name(for: finding.severity),
            properties: [("file", anchor.file), ("line", String(anchor.line)), ("title", finding.rule)],
            message: message)
    }

    /// The annotation for "could not check" (exit 2): without it a failed gate shows only a
    /// red step, and the reason sits in the log.
    public static func fatalAnnotation(message: String, hint: String?) -> String {
        WorkflowCommand(name: "error", properties: [("title", "territory could not check")],
                        message: message + (hint.map { "\n" + $0 } ?? "")).line
    }

    static func counts(_ summary: Summary) -> String {
        func count(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }
        return [count(summary.errors, "error"), count(summary.warnings, "warning"), count(summary.notes, "note")]
            .joined(separator: ", ")
    }
}
