import ArgumentParser

/// Options every hook takes.
struct HookOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The agent making the change (default: TERRITORY_AGENT, git config territory.agent, the branch).", valueName: "id"))
    var agent: String?

    @Flag(help: "Block changes that belong to no agent instead of letting them through.")
    var requireAgent = false
}
