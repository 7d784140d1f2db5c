import ArgumentParser
import Foundation
import TerritoryEngine

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
                ? try ClaudeCodeHook.request(FileHandle.standardInput.readDataToEndOfFile())
                : GuardRequest(toolName: "--path", paths: paths, workingDirectory: nil)
            let verdict = try EditGuard(planPath: planOptions.plan, agent: agent, requireAgent: requireAgent,
                                        environment: ProcessInfo.processInfo.environment)
                .judge(request, directory: global.directory, currentDirectory: FileManager.default.currentDirectoryPath)
            return paths.isEmpty ? ClaudeCodeHook.answer(verdict) : Self.plainAnswer(verdict)
        }
    }

    /// For `--path`: the reason on standard error and exit 1 when refused.
    static func plainAnswer(_ verdict: GuardVerdict) -> Int32 {
        switch verdict {
        case .allow(let note):
            if let note { FileOutput.standardError("territory guard: \(note)\n") }
            return ExitStatus.clean
        case .deny(let reason):
            FileOutput.standardError(reason + "\n")
            return ExitStatus.blocked
        }
    }
}
