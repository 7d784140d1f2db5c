import Foundation
import TestSupport
import Testing

/// `territory worktrees`: one worktree per agent of a wave that knows its agent, hooks that
/// block a crossing commit there, a second run that changes nothing, and `--remove` that leaves
/// the repository exactly as it was.
@Suite struct WorktreesTests {
    /// What `--remove` must give back: worktrees, branches, the repository's configuration.
    static func snapshot(_ repo: GitRepository) throws -> [String] {
        [try repo.git("worktree", "list", "--porcelain"), try repo.git("branch", "--list", "--format=%(refname) %(objectname)"),
         try String(contentsOf: repo.root.appendingPathComponent(".git/config"), encoding: .utf8),
         try repo.git("config", "--list", "--local"),
         (try? FileManager.default.contentsOfDirectory(atPath: repo.root.appendingPathComponent(".git/hooks").path).sorted().joined(separator: " ")) ?? ""]
    }

    static func commit(in folder: URL, _ message: String) throws -> ProcessResult {
        try Shell.run("/usr/bin/git", ["commit", "-q", "-m", message], in: folder, environment: HookEnvironment.binary)
    }

    @Test func waveWorktreesBlockACrossingCommitAndRemoveRestoresTheRepository() throws {
        let repo = try ScenarioPlan.repository()
        let before = try Self.snapshot(repo)
        let folder = repo.root.deletingLastPathComponent().appendingPathComponent(repo.root.lastPathComponent + "-worktrees")
        defer { try? FileManager.default.removeItem(at: folder) }

        let made = try TerritoryBinary.run(["worktrees", "--wave", "1"], in: repo.root)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("created branch work/api at main@"), "\(made.stdout)")
        #expect(made.stdout.contains("created branch agent/ui-agent at main@"))
        #expect(made.stdout.contains("set territory.agent=docs-agent in \(folder.path)/docs-agent (git config --worktree)"))
        #expect(made.stdout.contains("hooks in "))
        let list = try repo.git("worktree", "list")
        for (id, branch) in [("api-agent", "work/api"), ("ui-agent", "agent/ui-agent"), ("docs-agent", "agent/docs-agent")] {
            #expect(list.contains("\(folder.path)/\(id) ") && list.contains("[\(branch)]"), "\(list)")
            let agent = try Shell.run("/usr/bin/git", ["config", "--worktree", "--get", "territory.agent"], in: folder.appendingPathComponent(id))
            #expect(agent.stdout == "\(id)\n")
        }

        // A crossing in docs-agent's worktree is refused by the shared pre-commit hook.
        let docs = folder.appendingPathComponent("docs-agent")
        try Data("crossing\n".utf8).write(to: docs.appendingPathComponent("src/ui/App.tsx"))
        _ = try Shell.run("/usr/bin/git", ["add", "-A"], in: docs)
        let crossing = try Self.commit(in: docs, "docs: touch the ui")
        #expect(crossing.status != 0)
        #expect((crossing.stdout + crossing.stderr).contains("outside-territory  src/ui/App.tsx"), "\(crossing.stdout)\(crossing.stderr)")
        _ = try Shell.run("/usr/bin/git", ["reset", "-q", "--hard"], in: docs)
        try Data("# guide\nmore\n".utf8).write(to: docs.appendingPathComponent("docs/guide.md"))
        _ = try Shell.run("/usr/bin/git", ["add", "-A"], in: docs)
        let own = try Self.commit(in: docs, "docs: more guide")
        #expect(own.status == 0, "\(own.stdout)\(own.stderr)")
        #expect(try Shell.run("/usr/bin/git", ["log", "-1", "--format=%B"], in: docs).stdout.contains("Agent: docs-agent"))

        let again = try TerritoryBinary.run(["worktrees", "--wave", "1"], in: repo.root)
        #expect(again.status == 0)
        #expect(again.stdout.contains("api-agent: \(folder.path)/api-agent on work/api, unchanged"), "\(again.stdout)")
        #expect(again.stdout.hasSuffix("nothing to change\n"))

        let removed = try TerritoryBinary.run(["worktrees", "--wave", "1", "--remove"], in: repo.root)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.contains("deleted branch work/api"), "\(removed.stdout)")
        #expect(removed.stdout.contains("docs-agent: branch agent/docs-agent kept, it has 1 commit not in main"))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        // docs-agent's branch holds its work: kept, as the one thing that differs.
        try repo.git("branch", "-D", "agent/docs-agent")
        #expect(try Self.snapshot(repo) == before)
    }

    @Test func removeKeepsWhatItDidNotMake() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("branch", "agent/ui-agent")
        try repo.git("config", "extensions.worktreeConfig", "true")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("territory-wt-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.snapshot(repo)
        let made = try TerritoryBinary.run(["worktrees", "--wave", "1", "--dir", folder.path], in: repo.root)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(!made.stdout.contains("created branch agent/ui-agent"))
        #expect(!made.stdout.contains("extensions.worktreeConfig"))
        // A worktree of the user's own, on a branch of no agent, is no business of territory's.
        let own = repo.root.deletingLastPathComponent().appendingPathComponent("own-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: own) }
        try repo.git("worktree", "add", "-q", "-b", "experiment", own.path)
        let removed = try TerritoryBinary.run(["worktrees", "--wave", "1", "--remove"], in: repo.root)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.contains("ui-agent: branch agent/ui-agent kept, it existed before"), "\(removed.stdout)")
        #expect(try repo.git("worktree", "list").contains(own.path))
        try repo.git("worktree", "remove", own.path)
        try repo.git("branch", "-D", "experiment")
        #expect(try Self.snapshot(repo) == before)
    }

    @Test func aWorktreeWithUncommittedWorkIsNotRemoved() throws {
        let repo = try ScenarioPlan.repository()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("territory-wt-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try TerritoryBinary.run(["worktrees", "--wave", "1", "--dir", folder.path], in: repo.root)
        try Data("draft\n".utf8).write(to: folder.appendingPathComponent("api-agent/src/api/draft.py"))
        let removed = try TerritoryBinary.run(["worktrees", "--wave", "1", "--remove"], in: repo.root)
        #expect(removed.status == 2)
        #expect(removed.stderr.contains("commit or discard them in \(folder.path)/api-agent"), "\(removed.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("api-agent/src/api/draft.py").path))
    }
}
