import ArgumentParser
import Foundation
import TerritoryEngine
import TerritoryGit
#if canImport(Glibc)
import Glibc
#endif

/// The root command, and the composition root: every command builds its `Engine` here.
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
        subcommands: [CheckCommand.self, LintCommand.self, ShowCommand.self, WhoCommand.self, GuardCommand.self, HookCommand.self, InstallHooksCommand.self, SetupCommand.self, WorktreesCommand.self, StatusCommand.self, GateCommand.self, RulesCommand.self]
    )

    /// The engine for a command: the repository of `-C` (or the one git would find from here),
    /// the plan the user named, and this process's environment.
    static func engine(_ global: GlobalOptions, plan: PlanOptions) throws -> Engine {
        Engine(repository: try Engine.openRepository(global.directory), planPath: plan.plan,
               environment: ProcessInfo.processInfo.environment)
    }
}

/// Entry point. ArgumentParser exits 64 on a usage error; territory promises 0/1/2, so a usage
/// error is printed the same way and exits 2 ("could not check").
@main
enum TerritoryMain {
    static func main() async {
        Libgit2.prepareProcess()
        // A reader that went away must become a failed write territory can answer, not a silent death.
        signal(SIGPIPE, SIG_IGN)
        FileOutput.holdClosedStandardStreams()
        do {
            var command = try Territory.parseAsRoot()
            if var async = command as? AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch {
            let code = Territory.exitCode(for: error)
            if code == .validationFailure {
                let message = Territory.fullMessage(for: error)
                FileOutput.standardError(message + "\n")
                exit(ExitStatus.couldNotCheck)
            }
            Territory.exit(withError: error)
        }
    }
}
