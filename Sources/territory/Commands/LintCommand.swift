import ArgumentParser
import TerritoryEngine

/// `territory lint`: the plan against itself and the tree, before a wave starts.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check the plan before agents start: overlapping territories, unowned files, entries that match nothing.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var refOptions: PlanRefOptions

    func run() async throws {
        try await Failure.reporting {
            let report = try Territory.engine(global, plan: planOptions).lint(ref: refOptions.ref)
            try ReportWriter(options: global).write(report)
            return report.isBlocking ? ExitStatus.blocked : ExitStatus.clean
        }
    }
}
