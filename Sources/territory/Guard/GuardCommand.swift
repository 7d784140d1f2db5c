import ArgumentParser
import Foundation
import TerritoryEngine
import TerritoryGit

/// `territory guard`: the agent's edit-time hook. It refuses a write outside the agent's
/// territory before the file is written, with a reason the agent can act on.
struct GuardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guard",
        abstract: "Edit-time hook for coding agents: refuse writes outside the agent's territory before they happen.",
        discussion: """
            Reads the agent tool's pre-tool hook request on standard input and answers in its \
            protocol (--protocol claude, codex, gemini or cursor): a refusal with the reason, or \
            nothing. Shell commands are read for the files they write. When territory cannot \
            answer (bad input, no plan where --plan names one), it exits 2, which the tools \
            treat as a block. With --path, checks the paths given and exits 1 when one is \
            refused, for any other tool. See docs/guard.md.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planOptions: PlanOptions

    @Option(name: .customLong("protocol"), help: "The agent tool whose hook protocol to speak: claude, codex, gemini or cursor.")
    var hookProtocol: GuardProtocolName = .claude

    @Option(help: ArgumentHelp("The agent making the edit (default: TERRITORY_AGENT, git config territory.agent, the branch).", valueName: "id"))
    var agent: String?

    @Option(name: .customLong("path"), help: ArgumentHelp("A path about to be written (repeatable); no JSON on standard input.", valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Refuse edits when no agent identity is found, instead of allowing them.")
    var requireAgent = false

    @Option(help: ArgumentHelp(
        "A write territory cannot see (a tool it does not know that names no file, a shell target in a variable): deny or ask.",
        valueName: "deny|ask"))
    var unknownTool: UnseenWritePolicy = .deny

    func run() async throws {
        try await Failure.reporting {
            do {
                let protocolType = hookProtocol.implementation
                let request = paths.isEmpty
                    ? try protocolType.request(FileHandle.standardInput.readDataToEndOfFile())
                    : GuardRequest(toolName: "--path", paths: paths, workingDirectory: nil)
                let verdict = try EditGuard(planPath: planOptions.plan, agent: agent, requireAgent: requireAgent,
                                            environment: ProcessInfo.processInfo.environment, unseenWrites: unknownTool)
                    .judge(request, directory: global.directory, currentDirectory: FileManager.default.currentDirectoryPath)
                return paths.isEmpty ? protocolType.answer(verdict) : Self.plainAnswer(verdict)
            } catch let error as UserError {
                throw error
            } catch let error as GitError {
                throw error
            } catch {
                // Anything else must still block: exit 2 is "block" to every supported tool.
                throw UserError("the guard failed: \(error)", hint: "this is a bug in territory; the write was refused")
            }
        }
    }

    /// For `--path`: the reason on standard error and exit 1 when refused (or asked about).
    static func plainAnswer(_ verdict: GuardVerdict) -> Int32 {
        switch verdict {
        case .allow(let note):
            if let note { FileOutput.standardError("territory guard: \(note)\n") }
            return ExitStatus.clean
        case .deny(let reason), .ask(let reason):
            FileOutput.standardError(reason + "\n")
            return ExitStatus.blocked
        }
    }
}
