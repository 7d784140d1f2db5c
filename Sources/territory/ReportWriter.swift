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
