import ArgumentParser
import TerritoryEngine

/// `territory lint`: the plan against itself and the tree, before a wave starts.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check the plan before agents start: overlapping territories, unowned files, entries that match nothing.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var refOptions: PlanRefOptions

    func run() async throws {
        try await Failure.reporting(report) {
            let result = try Territory.engine(global, plan: planOptions).lint(ref: refOptions.ref)
            try ReportWriter(options: report).write(result)
            return result.isBlocking ? ExitStatus.blocked : ExitStatus.clean
        }
    }
}
