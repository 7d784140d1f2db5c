import Foundation
import TerritoryKit

/// Renders a report in the chosen format and writes it where the options say.
struct ReportWriter {
    let options: ReportOptions

    func write(_ report: Report) throws {
        let text = options.quiet && options.format == .text ? Self.findingsOnly(report, style: style) : reporter.render(report)
        try FileOutput.write(text, to: options.output.output)
        if options.format == .github { StepSummary.append(GitHubReporter().summaryMarkdown(report)) }
    }

    /// `--quiet` text: the findings, grouped under their agents, and nothing else — no heading,
    /// no clean agents, no notes, no summary line; nothing at all when there is no finding.
    /// The lines are TextReporter's own (its first two lines are the heading and a blank, its
    /// last two a blank and the summary), so escaping and layout stay in one place.
    static func findingsOnly(_ report: Report, style: TerminalStyle) -> String {
        guard !report.findings.isEmpty else { return "" }
        var report = report
        report.agents = report.agents.filter { agent in report.findings.contains { $0.agent == agent.id } }
        report.notes = []
        let lines = TextReporter(style: style).render(report).split(separator: "\n", omittingEmptySubsequences: false)
        // render() ends with a newline, so the last element is empty: drop it, the summary and the blank before it.
        guard lines.count > 5 else { return "" }
        return lines[2..<(lines.count - 3)].joined(separator: "\n") + "\n"
    }

    private var style: TerminalStyle { TerminalStyle(enabled: options.format == .text && options.output.useColor) }

    /// One reporter per format; the switch is exhaustive so a new format cannot be forgotten.
    private var reporter: any Reporter {
        switch options.format {
        case .text: TextReporter(style: style)
        case .json: JSONReporter()
        case .sarif: SarifReporter(toolVersion: Territory.version)
        case .github: GitHubReporter()
        case .junit: JUnitReporter()
        case .markdown: MarkdownReporter()
        case .codeclimate: CodeClimateReporter()
        }
    }
}

/// GitHub Actions' job summary: markdown appended to the file `$GITHUB_STEP_SUMMARY` names.
///
/// Appending (never replacing) matters because other steps of the same job write to the same
/// file. Outside Actions the variable is unset and this does nothing, so `--format github` can
/// be tried locally. The summary is a convenience next to the annotations and the exit status,
/// which are the gate: a file that cannot be written earns a warning on standard error, and the
/// run keeps the exit status its findings decided rather than turning into "could not check".
enum StepSummary {
    static let variable = "GITHUB_STEP_SUMMARY"

    static func append(_ markdown: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let path = environment[variable], !path.isEmpty else { return }
        do {
            try append(markdown, toFileAt: path)
        } catch {
            FileOutput.standardError(
                "territory: warning: cannot append the step summary to \(path) ($\(variable)): \(error.localizedDescription)\n"
                    + "  the annotations and the exit status are unaffected; point \(variable) at a writable file\n")
        }
    }

    private static func append(_ markdown: String, toFileAt path: String) throws {
        let url = URL(fileURLWithPath: path)
        if !FileManager.default.fileExists(atPath: path) { try Data().write(to: url) }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        // A blank line first, so our heading never runs into the previous step's last line.
        try handle.write(contentsOf: Data(("\n" + (markdown.hasSuffix("\n") ? markdown : markdown + "\n")).utf8))
    }
}
