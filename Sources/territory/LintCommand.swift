import ArgumentParser
import TerritoryKit

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
            let repository = try RepositoryOpener.open(global.directory)
            let loaded = try refOptions.load(repository, plan: planOptions.plan)
            let tree = try repository.tree(ofCommit: try repository.resolveCommit(refOptions.ref))
            let files = try repository.files(inTree: tree)
            let linter = Linter(plan: loaded.plan)
            let contracts = try ContractCheck(repository: repository, map: linter.map, tree: tree).contracts
            let findings = linter.lint(files: files) + ContractLint().findings(contracts, files: Set(files))
            let report = Report(
                command: "lint", planFile: loaded.plan.file, planSource: loaded.source, base: nil, agents: [], findings: findings)
            try ReportWriter(options: global).write(report)
            return report.isBlocking ? ExitStatus.blocked : ExitStatus.clean
        }
    }
}
