import ArgumentParser

/// `territory hook pre-push REMOTE URL`: each pushed branch's new commits, judged as its agent.
struct PrePushHook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pre-push", abstract: "Judge the branches being pushed (ref lines on standard input).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var hook: HookOptions
    @Option(help: ArgumentHelp("The integration branch (default: main, master, origin/HEAD).", valueName: "ref"))
    var base: String?
    @Argument(help: "The remote's name and URL, as git passes them.")
    var remote: [String] = []

    func run() async throws {
        let runner = PushHookRunner(global: global, planOptions: planOptions, hook: hook, base: base, command: "hook pre-push")
        try await runner.run(RefUpdate.pushLines(PushHookRunner.standardInput()))
    }
}
