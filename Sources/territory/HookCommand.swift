import ArgumentParser

/// `territory hook NAME`: what the thin scripts in the hooks folder call. Each hook judges the
/// change git is about to record, with the plan from a trusted tree.
struct HookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook",
        abstract: "Run as a git hook (installed by `territory install-hooks`).",
        subcommands: [PreCommitHook.self, PreMergeCommitHook.self, PrePushHook.self, PreReceiveHook.self, UpdateHook.self])
}
