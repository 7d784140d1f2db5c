import ArgumentParser
import TerritoryEngine

/// `territory gate`: the CI merge gate. Judges merge-base(base, head)..head with the plan from
/// the merge base, where `--no-verify` cannot skip it.
struct GateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "CI merge gate: judge a pull request's changes against the plan from its merge base.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planOptions: PlanOptions

    @Option(help: ArgumentHelp("The branch the change merges into (e.g. origin/main).", valueName: "ref"))
    var base: String

    @Option(help: ArgumentHelp("The change's tip (default: HEAD).", valueName: "ref"))
    var head: String = "HEAD"

    @Option(help: ArgumentHelp("The agent (default: TERRITORY_AGENT, git config, the CI's source branch, the current branch).", valueName: "id"))
    var agent: String?

    @Flag(help: "Fail (exit 1) when the change belongs to no agent (by default it is judged as owning nothing).")
    var requireAgent = false

    func run() async throws {
        try await Failure.reporting {
            let outcome = try Territory.engine(global, plan: planOptions).gate(base: base, head: head, agent: agent, policy: requireAgent ? .refused : .ownsNothing)
            return try HookVerdict(global: global, requireAgent: requireAgent).finish(outcome)
        }
    }
}
