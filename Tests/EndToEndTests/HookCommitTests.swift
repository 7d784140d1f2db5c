import Foundation
import TestSupport
import Testing

/// Installed hooks and real `git commit` (plain, `-a`, with paths) from a linked worktree on an
/// agent branch.
@Suite struct HookCommitTests {
    /// The scenario repository with hooks installed and a linked worktree on docs-agent's branch.
    static func setUp() throws -> (GitRepository, URL) {
        let repo = try ScenarioPlan.repository()
        let install = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        #expect(install.status == 0, "\(install.stderr)")
        let worktree = repo.root.appendingPathComponent("wt")
        try repo.git("worktree", "add", "-q", "-b", "agent/docs-agent", worktree.path)
        return (repo, worktree)
    }

    static func git(_ arguments: [String], in folder: URL) throws -> ProcessResult {
        try Shell.run("/usr/bin/git", arguments, in: folder, environment: HookEnvironment.binary)
    }

    static func head(_ folder: URL) throws -> String { try git(["rev-parse", "HEAD"], in: folder).stdout }

    @Test func plainCommitOfACrossingIsBlockedWithTheUnstageCommand() throws {
        let (repo, worktree) = try Self.setUp()
        defer { withExtendedLifetime(repo) {} }
        try Data("changed\n".utf8).write(to: worktree.appendingPathComponent("src/ui/App.tsx"))
        _ = try Self.git(["add", "-A"], in: worktree)
        let before = try Self.head(worktree)
        let commit = try Self.git(["commit", "-q", "-m", "cross"], in: worktree)
        #expect(commit.status != 0)
        let output = commit.stdout + commit.stderr
        #expect(output.contains("outside-territory"))
        #expect(output.contains("src/ui/App.tsx"))
        #expect(output.contains("\(ScenarioPlan.path):\(ScenarioPlan.Line.uiTerritory)"))
        #expect(output.contains("git restore --staged -- src/ui/App.tsx"))
        #expect(try Self.head(worktree) == before)
    }

    @Test func commitAllUsesGitsTemporaryIndex() throws {
        let (repo, worktree) = try Self.setUp()
        defer { withExtendedLifetime(repo) {} }
        try Data("changed\n".utf8).write(to: worktree.appendingPathComponent("src/ui/App.tsx"))
        let commit = try Self.git(["commit", "-q", "-a", "-m", "cross"], in: worktree)
        #expect(commit.status != 0, "git commit -a must be blocked: \(commit.stdout)")
        #expect((commit.stdout + commit.stderr).contains("src/ui/App.tsx"))
    }

    @Test func commitWithPathsJudgesOnlyThosePaths() throws {
        let (repo, worktree) = try Self.setUp()
        defer { withExtendedLifetime(repo) {} }
        try Data("changed\n".utf8).write(to: worktree.appendingPathComponent("src/ui/App.tsx"))
        try Data("guide\n".utf8).write(to: worktree.appendingPathComponent("docs/guide.md"))
        let crossing = try Self.git(["commit", "-q", "-m", "cross", "src/ui/App.tsx"], in: worktree)
        #expect(crossing.status != 0)
        let legal = try Self.git(["commit", "-q", "-m", "docs only", "docs/guide.md"], in: worktree)
        #expect(legal.status == 0, "\(legal.stdout)\(legal.stderr)")
    }

    @Test func legalCommitPasses() throws {
        let (repo, worktree) = try Self.setUp()
        defer { withExtendedLifetime(repo) {} }
        try Data("new\n".utf8).write(to: worktree.appendingPathComponent("docs/new.md"))
        _ = try Self.git(["add", "-A"], in: worktree)
        let commit = try Self.git(["commit", "-q", "-m", "docs"], in: worktree)
        #expect(commit.status == 0, "\(commit.stdout)\(commit.stderr)")
    }

    @Test func nonAgentBranchPassesWithOneLine() throws {
        let (repo, _) = try Self.setUp()
        try repo.git("checkout", "-q", "-b", "feature/anything")
        try repo.write("src/ui/App.tsx", "anyone\n")
        try repo.git("add", "-A")
        let commit = try Self.git(["commit", "-q", "-m", "free"], in: repo.root)
        #expect(commit.status == 0)
        #expect(commit.stderr.contains("belongs to no agent"))
    }

    @Test func requireAgentBlocksNonAgentBranches() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("checkout", "-q", "-b", "feature/anything")
        try repo.write("README.md", "x\n")
        try repo.git("add", "-A")
        let result = try repo.territory(["hook", "pre-commit", "--require-agent"])
        #expect(result.status == 1)
    }
}
