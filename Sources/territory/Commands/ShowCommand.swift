import ArgumentParser
import TerritoryEngine
import TerritoryKit

/// `territory show`: the plan as territory read it, every entry with its line.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print the plan as territory read it: agents, entries and their plan lines.",
        discussion: "--format markdown prints the plan in the canonical form, to normalise a plan or review what was read.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var refOptions: PlanRefOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "How to print the plan (markdown: in its canonical form).")
    var format: ShowFormat = .text

    func run() async throws {
        try await Failure.reporting {
            let loaded = try Territory.engine(global, plan: planOptions).plan(at: refOptions.ref)
            let text: String = switch format {
            case .text: PlanTextWriter(style: TerminalStyle(enabled: output.useColor)).render(loaded.plan, source: loaded.source)
            case .json: PlanJSONWriter().render(loaded.plan, source: loaded.source)
            case .markdown: PlanMarkdownWriter().render(loaded.plan, source: loaded.source)
            }
            try FileOutput.write(text, to: output.output)
            return ExitStatus.clean
        }
    }
}
