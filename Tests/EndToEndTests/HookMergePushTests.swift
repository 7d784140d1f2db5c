import Foundation
import TestSupport
import Testing

/// `git merge` through pre-merge-commit, `git push` through pre-push, and a bare remote with the
/// server-side pre-receive hook.
@Suite struct HookMergePushTests {
    static func git(_ arguments: [String], in folder: URL) throws -> ProcessResult {
        try Shell.run("/usr/bin/git", arguments, in: folder, environment: HookEnvironment.binary)
    }

    /// The scenario repository with a crossing branch of docs-agent and a clean one of ui-agent.
    static func repositoryWithBranches() throws -> GitRepository {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/docs-agent") { try repo.write("src/ui/App.tsx", "docs was here\n") }
        try repo.branch("agent/ui-agent") { try repo.write("src/ui/Button.tsx", "button\n") }
        return repo
    }

    @Test func mergeOfACrossingBranchIsBlocked() throws {
        let repo = try Self.repositoryWithBranches()
        _ = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        let before = try repo.git("rev-parse", "HEAD")
        let blocked = try Self.git(["merge", "--no-ff", "-q", "-m", "merge docs", "agent/docs-agent"], in: repo.root)
        #expect(blocked.status != 0)
        #expect((blocked.stdout + blocked.stderr).contains("outside-territory"))
        #expect(try repo.git("rev-parse", "HEAD") == before)
        // git leaves the merge staged; concluding it with `git commit` meets the same judgment.
        let conclude = try Self.git(["commit", "-q", "-m", "merge docs anyway"], in: repo.root)
        #expect(conclude.status != 0)
        #expect((conclude.stdout + conclude.stderr).contains("outside-territory"))
        #expect(try repo.git("rev-parse", "HEAD") == before)
        _ = try Self.git(["merge", "--abort"], in: repo.root)
        let clean = try Self.git(["merge", "--no-ff", "-q", "-m", "merge ui", "agent/ui-agent"], in: repo.root)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
    }

    @Test func prePushBlocksACrossingBranch() throws {
        let repo = try Self.repositoryWithBranches()
        let remote = try GitRepository.bare()
        try repo.git("remote", "add", "origin", remote.path)
        try repo.git("push", "-q", "origin", "main")
        _ = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        let blocked = try Self.git(["push", "-q", "origin", "agent/docs-agent"], in: repo.root)
        #expect(blocked.status != 0)
        #expect((blocked.stdout + blocked.stderr).contains("src/ui/App.tsx"))
        let clean = try Self.git(["push", "-q", "origin", "agent/ui-agent"], in: repo.root)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
    }

    @Test func serverPreReceiveRejectsACrossingPush() throws {
        let repo = try Self.repositoryWithBranches()
        let remote = try GitRepository.bare()
        let install = try TerritoryBinary.run(["install-hooks", "--server"], in: remote.root)
        #expect(install.status == 0, "\(install.stderr)")
        try repo.git("remote", "add", "origin", remote.path)
        let main = try Self.git(["push", "-q", "origin", "main"], in: repo.root)
        #expect(main.status == 0, "\(main.stderr)")
        // --no-verify skips client hooks; the server still judges.
        let blocked = try Self.git(["push", "--no-verify", "origin", "agent/docs-agent"], in: repo.root)
        #expect(blocked.status != 0)
        #expect(blocked.stderr.contains("outside-territory"), "\(blocked.stderr)")
        #expect(try remote.git(["branch", "--list", "agent/docs-agent"]).isEmpty)
        let clean = try Self.git(["push", "-q", "--no-verify", "origin", "agent/ui-agent"], in: repo.root)
        #expect(clean.status == 0, "\(clean.stderr)")
        let update = try Self.git(["push", "-q", "--no-verify", "origin", "agent/ui-agent:agent/ui-agent"], in: repo.root)
        #expect(update.status == 0)
    }
}
