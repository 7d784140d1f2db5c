import ArgumentParser
import Foundation
import TerritoryGit
import TerritoryKit

/// `territory guard`: the agent's edit-time hook. It refuses an edit outside the agent's
/// territory before the file is written, with a reason the agent can act on.
struct GuardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guard",
        abstract: "Edit-time hook for coding agents: refuse edits outside the agent's territory before they happen.",
        discussion: """
            Reads Claude Code's PreToolUse JSON on standard input and answers in that protocol \
            (a "deny" decision with the reason). With --path, checks the paths given and exits 1 \
            when one is refused, for any other tool.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planOptions: PlanOptions

    @Option(help: ArgumentHelp("The agent making the edit (default: TERRITORY_AGENT, git config territory.agent, the branch).", valueName: "id"))
    var agent: String?

    @Option(name: .customLong("path"), help: ArgumentHelp("A path about to be written (repeatable); no JSON on standard input.", valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Refuse edits when no agent identity is found, instead of allowing them.")
    var requireAgent = false

    func run() async throws {
        try await Failure.reporting {
            let request = paths.isEmpty
                ? try GuardRequest(json: FileHandle.standardInput.readDataToEndOfFile())
                : GuardRequest(toolName: "--path", paths: paths, workingDirectory: nil)
            let verdict = try EditGuard(planPath: planOptions.plan, agent: agent, requireAgent: requireAgent)
                .judge(request, directory: global.directory)
            return GuardAnswer(dialect: paths.isEmpty ? .claudeCode : .plain).write(verdict)
        }
    }
}
