import ArgumentParser

/// `territory hook pre-receive`: on the server (bare repositories too), every pushed branch,
/// judged with the plan from the receiving repository's base branch.
struct PreReceiveHook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pre-receive", abstract: "Judge pushed refs on the server (old new ref lines on standard input).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var hook: HookOptions
    @Option(help: ArgumentHelp("The integration branch (default: main, master).", valueName: "ref"))
    var base: String?

    func run() async throws {
        let runner = PushHookRunner(global: global, planOptions: planOptions, hook: hook, base: base, command: "hook pre-receive")
        try await runner.run(RefUpdate.receiveLines(PushHookRunner.standardInput()))
    }
}
