import ArgumentParser

/// The root command. `main` lives in `TerritoryMain` so that usage errors can exit 2.
struct Territory: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "territory",
        abstract: "Keep parallel coding agents inside the territories their orchestration plan gave them.",
        discussion: """
            Exit status: 0 nothing blocking, 1 blocking findings, 2 could not check (bad plan, bad ref, \
            shallow clone, not a repository) with a message that says what to do.
            """,
        version: version,
        subcommands: [CheckCommand.self, LintCommand.self, ShowCommand.self, WhoCommand.self, GuardCommand.self, HookCommand.self, InstallHooksCommand.self, GateCommand.self, RulesCommand.self]
    )
}
