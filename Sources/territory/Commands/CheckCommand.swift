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

    @Option(parsing: .unconditional, help: ArgumentHelp("Check every agent of wave N as one integration: overlaps, merge conflicts, stale bases.", valueName: "n"))
    var wave: Int?

    @Flag(help: "Check every wave of the plan, one after the other.")
    var allWaves = false

    @Flag(help: "Judge each commit of a range on its own, as the agent its `Agent:` trailer names (the argument: A..B, or B for base..B; default base..HEAD).")
    var commits = false

    @Argument(help: "Branches to check (default: every agent's branch).")
    var branches: [String] = []

    func validate() throws {
        if commits, wave != nil || allWaves || agent != nil || branches.count > 1 {
            throw ValidationError("--commits takes one range (A..B, or B for base..B) and no --wave, --all-waves or --agent")
        }
        if let wave, wave < 1 { throw ValidationError("--wave \(wave): waves are numbered from 1 (see `territory show` for this plan's waves)") }
        if wave != nil, allWaves { throw ValidationError("--wave and --all-waves exclude each other") }
        if wave != nil || allWaves, !branches.isEmpty || agent != nil {
            throw ValidationError("a wave check finds its branches from the plan; drop the branch names and --agent")
        }
    }

    func run() async throws {
        try await Failure.reporting(report) {
            let engine = try Territory.engine(global, plan: planOptions)
            let result = commits ? try engine.checkCommits(range: branches.first, base: base)
                : wave != nil || allWaves ? try engine.checkWaves(base: base, wave: wave)
                : try engine.check(base: base, branches: branches, agent: agent)
            try ReportWriter(options: report).write(result)
            return result.isBlocking ? ExitStatus.blocked : ExitStatus.clean
        }
    }
}
