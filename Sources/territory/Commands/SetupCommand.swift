import ArgumentParser
import Foundation
import TerritoryEngine

/// `territory setup TOOL`: configure an agent tool from the plan. One of the three commands that
/// write (with `install-hooks` and `worktrees`), and only the files it prints.
struct SetupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup",
        abstract: "Configure an agent tool from the plan (writes only the files it prints).",
        subcommands: [ClaudeCodeSetupCommand.self])
}

/// `territory setup claude-code`: one subagent per plan agent in `.claude/agents/<id>.md`, each
/// with a `PreToolUse` guard for its own territory, and the session-level guard merged into
/// `.claude/settings.json`.
struct ClaudeCodeSetupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claude-code",
        abstract: "Write a Claude Code subagent per plan agent (.claude/agents/<id>.md) and merge the guard into .claude/settings.json.",
        discussion: """
            Each subagent's PreToolUse hook runs `territory guard --agent <id>` by this binary's absolute path. \
            Existing agent files that differ are kept unless --force; settings.json is merged, never replaced.
            """)

    /// The only value Claude Code accepts for a subagent's `isolation`.
    enum Isolation: String, ExpressibleByArgument, CaseIterable { case worktree }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planOptions: PlanOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Option(help: ArgumentHelp("The integration branch whose plan is set up (default: main, master, origin/HEAD).", valueName: "ref"))
    var base: String?

    @Option(help: ArgumentHelp("Only the agents of wave N.", valueName: "n"))
    var wave: Int?

    @Option(help: ArgumentHelp("Run each subagent in its own temporary git worktree (`isolation: worktree`).", valueName: "worktree"))
    var isolation: Isolation?

    @Flag(help: "Print what would be written, and write nothing.")
    var dryRun = false

    @Flag(help: "Replace agent files that differ from what territory would write.")
    var force = false

    func validate() throws {
        if let wave, wave < 1 { throw ValidationError("--wave \(wave): waves are numbered from 1 (see `territory show` for this plan's waves)") }
    }

    func run() async throws {
        try await Failure.reporting {
            let engine = try Territory.engine(global, plan: planOptions)
            guard let root = engine.repository.workingDirectory else {
                throw UserError("a bare repository has no working tree to hold .claude/", hint: "run this in a clone with a working tree")
            }
            let request = ClaudeCodeSetupRequest(base: base, wave: wave, isolation: isolation != nil, force: force,
                                                  guardHook: GuardHook(executable: ExecutablePath.current))
            let result = try engine.setupClaudeCode(request) { SetupWriter.read(root: root, $0) }
            let writer = SetupWriter(root: root, dryRun: dryRun)
            var lines = ["territory setup claude-code: plan \(result.planFile) (from \(result.planSource))"]
            lines += try writer.apply(result.files)
            if !quiet || dryRun { FileOutput.standardOutput(lines.joined(separator: "\n") + "\n") }
            return ExitStatus.clean
        }
    }
}

/// The running territory binary, as an absolute path with symbolic links resolved: what hooks
/// written by `setup` call, so that they never depend on the agent's PATH.
enum ExecutablePath {
    static var current: String {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        #endif
        if let url = Bundle.main.executableURL { return url.resolvingSymlinksInPath().path }
        let first = CommandLine.arguments[0]
        let absolute = first.hasPrefix("/") ? first : FileManager.default.currentDirectoryPath + "/" + first
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
