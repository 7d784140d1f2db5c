import ArgumentParser

/// `territory hook update REF OLD NEW`: the server's per-ref hook.
struct UpdateHook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "update", abstract: "Judge one pushed ref on the server.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var hook: HookOptions
    @Option(help: ArgumentHelp("The integration branch (default: main, master).", valueName: "ref"))
    var base: String?
    @Argument var ref: String
    @Argument var old: String
    @Argument var new: String

    func run() async throws {
        let runner = PushHookRunner(global: global, planOptions: planOptions, hook: hook, base: base, command: "hook update")
        try await runner.run([RefUpdate(ref: ref, old: old, new: new)])
    }
}
