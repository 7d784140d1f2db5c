import Foundation
import TerritoryKit

/// Renders a report in the chosen format and writes it where the options say.
struct ReportWriter {
    let options: GlobalOptions

    func write(_ report: Report) throws {
        var report = report
        if options.quiet { report.agents = report.agents.filter { agent in report.findings.contains { $0.agent == agent.id } } }
        try FileOutput.write(reporter.render(report), to: options.output)
        if options.format == .github { StepSummary.append(GitHubReporter().summaryMarkdown(report)) }
    }

    /// One reporter per format; the switch is exhaustive so a new format cannot be forgotten.
    private var reporter: any Reporter {
        switch options.format {
        case .text: TextReporter(style: TerminalStyle(enabled: options.useColor))
        case .json: JSONReporter()
        case .sarif: SarifReporter(toolVersion: Territory.version)
        case .github: GitHubReporter()
        case .junit: JUnitReporter()
        case .markdown: MarkdownReporter()
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
