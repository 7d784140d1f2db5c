import ArgumentParser
import TerritoryEngine

/// `territory check`: agent branches against the base, judged by the plan in the base's tree.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check agent branches against the plan: every path each branch changed since it left the base.",
        discussion: "Without branch names, checks every agent whose branch exists.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var planOptions: PlanOptions

    @Option(help: ArgumentHelp("The integration branch (default: main, master, origin/HEAD).", valueName: "ref"))
    var base: String?

    @Option(help: ArgumentHelp("Judge the branches as this agent (id, number or name).", valueName: "id"))
    var agent: String?

    @Option(help: ArgumentHelp("Check every agent of wave N as one integration: overlaps, merge conflicts, stale bases.", valueName: "n"))
    var wave: Int?

    @Flag(help: "Check every wave of the plan, one after the other.")
    var allWaves = false

    @Argument(help: "Branches to check (default: every agent's branch).")
    var branches: [String] = []

    func validate() throws {
        if wave != nil, allWaves { throw ValidationError("--wave and --all-waves exclude each other") }
        if wave != nil || allWaves, !branches.isEmpty || agent != nil {
            throw ValidationError("a wave check finds its branches from the plan; drop the branch names and --agent")
        }
    }

    func run() async throws {
        try await Failure.reporting(report) {
            let engine = try Territory.engine(global, plan: planOptions)
            let result = wave != nil || allWaves
                ? try engine.checkWaves(base: base, wave: wave)
                : try engine.check(base: base, branches: branches, agent: agent)
            try ReportWriter(options: report).write(result)
            return result.isBlocking ? ExitStatus.blocked : ExitStatus.clean
        }
    }
}
