import ArgumentParser
import Foundation
import TerritoryEngine

/// `territory worktrees --wave N [--dir DIR] [--remove]`: one branch and one linked worktree per
/// agent of the wave, each worktree knowing its agent, and territory's hooks installed once.
/// `--remove` undoes exactly what it made.
struct WorktreesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worktrees",
        abstract: "Give each agent of a wave its branch and a linked worktree that knows its agent (--remove undoes it).",
        discussion: """
            Branches are the plan's Branch field, else agent/<id>, created from the base when missing. Worktrees go to \
            DIR/<id> (default: ../<repository>-worktrees/<id>, beside the main working tree). Each gets \
            `git config --worktree territory.agent <id>`; the git hooks are installed once, in the hooks folder every \
            worktree shares. Running it again changes nothing. --remove removes those worktrees, the branches it created \
            that hold nothing beyond the base, and the settings it made; nothing else.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planOptions: PlanOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Option(help: ArgumentHelp("The integration branch new branches start from (default: main, master, origin/HEAD).", valueName: "ref"))
    var base: String?

    @Option(help: ArgumentHelp("The wave whose agents get worktrees.", valueName: "n"))
    var wave: Int

    @Option(help: ArgumentHelp("Where the worktrees go: DIR/<agent id> (default: ../<repository>-worktrees).", valueName: "dir"))
    var dir: String?

    @Flag(help: "Remove what an earlier run made for this wave.")
    var remove = false

    func validate() throws {
        if wave < 1 { throw ValidationError("--wave \(wave): waves are numbered from 1 (see `territory show` for this plan's waves)") }
        if remove, dir != nil { throw ValidationError("--remove finds the worktrees it made wherever they are; drop --dir") }
    }

    func run() async throws {
        try await Failure.reporting {
            let engine = try Territory.engine(global, plan: planOptions)
            let repository = engine.repository
            guard let current = repository.workingDirectory else {
                throw UserError("a bare repository has no working tree to add worktrees beside", hint: "run this in a clone with a working tree")
            }
            var git = GitWorktrees(root: current, commonDirectory: repository.commonDirectory)
            let (state, mainBranch) = try git.state()
            let main = try Self.mainRoot(git)
            git = GitWorktrees(root: main, commonDirectory: repository.commonDirectory)
            let plan = remove
                ? try engine.removeWorktrees(base: base, wave: wave, state: state)
                : try engine.worktrees(base: base, wave: wave, folder: try folder(main: main), state: state, mainBranch: mainBranch)
            var lines = ["territory worktrees\(remove ? " --remove" : ""): wave \(wave) of \(plan.planFile) (from \(plan.planSource)), base \(plan.base)"]
            lines += plan.unchanged
            let say: (String) -> Void = { line in if !quiet { FileOutput.standardOutput(line + "\n") } }
            say(lines.joined(separator: "\n"))
            var changed = 0
            try WorktreeRunner(git: git, hooks: HookInstaller(folder: HooksFolder.path(for: repository))).run(plan.steps) { line in
                changed += 1
                say(line)
            }
            if changed == 0 { say("nothing to change") }
            return ExitStatus.clean
        }
    }

    /// The main working tree's root: the first entry of `git worktree list`.
    static func mainRoot(_ git: GitWorktrees) throws -> String {
        let list = try git.git(["worktree", "list", "--porcelain"])
        guard let first = list.split(separator: "\n").first, first.hasPrefix("worktree ") else {
            throw UserError("git worktree list printed no main working tree", hint: "run this inside a git working tree")
        }
        return String(first.dropFirst("worktree ".count))
    }

    /// `--dir` (relative to where territory runs, or `-C`), else `<repository>-worktrees` beside
    /// the main working tree.
    private func folder(main: String) throws -> String {
        guard let dir else {
            let url = URL(fileURLWithPath: main)
            return url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + "-worktrees").path
        }
        let here = FileManager.default.currentDirectoryPath
        let start = global.directory.map { $0.hasPrefix("/") ? $0 : here + "/" + $0 } ?? here
        return URL(fileURLWithPath: dir.hasPrefix("/") ? dir : start + "/" + dir).standardizedFileURL.path
    }
}
