import ArgumentParser
import TerritoryEngine

/// `territory status [--wave N]`: per agent its branch, work, findings and merge readiness; per
/// wave whether its synchronization gate is open. What an orchestrator polls between waves.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Where each wave stands: every agent's branch, findings and merge readiness, and whether the wave's gate is open.",
        discussion: """
            Built on `check --wave`. Readiness: not-started, blocked, conflicts, stale-base, ready; a wave's gate is open \
            when every agent is ready or stale-base. Exit status: 0 every gate reported is open, 1 a gate is closed, \
            2 could not check. --format text, json or markdown.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "text, json or markdown.")
    var format: ShowFormat = .text

    @Option(help: ArgumentHelp("The integration branch (default: main, master, origin/HEAD).", valueName: "ref"))
    var base: String?

    @Option(help: ArgumentHelp("Only wave N (default: every wave).", valueName: "n"))
    var wave: Int?

    func validate() throws {
        if let wave, wave < 1 { throw ValidationError("--wave \(wave): waves are numbered from 1 (see `territory show` for this plan's waves)") }
    }

    func run() async throws {
        try await Failure.reporting {
            let status = try Territory.engine(global, plan: planOptions).status(base: base, wave: wave)
            let text: String = switch format {
            case .text: StatusWriter.text(status)
            case .json: StatusWriter.json(status)
            case .markdown: StatusWriter.markdown(status)
            }
            try FileOutput.write(text, to: output.output)
            return status.isOpen ? ExitStatus.clean : ExitStatus.blocked
        }
    }
}
