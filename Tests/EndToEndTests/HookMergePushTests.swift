import Foundation
import TestSupport
import Testing

/// `git merge` through pre-merge-commit, `git push` through pre-push, and a bare remote with the
/// server-side pre-receive or update hook.
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
    }

    /// The server's per-ref `update` hook, `Hooks/update` copied into a bare remote: git runs it
    /// once per pushed ref with REF OLD NEW and refuses only the refs it rejects.
    @Test func serverUpdateHookJudgesEachPushedRef() throws {
        let repo = try Self.repositoryWithBranches()
        let remote = try GitRepository.bare()
        let hook = remote.root.appendingPathComponent("hooks/update")
        try FileManager.default.createDirectory(at: hook.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PackageRoot.url.appendingPathComponent("Hooks/update"), to: hook)
        try #require(FileManager.default.isExecutableFile(atPath: hook.path), "git ignores a hook that is not executable")
        try repo.git("remote", "add", "origin", remote.path)
        let main = try Self.git(["push", "-q", "origin", "main"], in: repo.root)
        #expect(main.status == 0, "\(main.stderr)")
        // One push, two refs (--no-verify skips client hooks): the crossing branch is refused,
        // the clean one lands.
        let both = try Self.git(["push", "--no-verify", "origin", "agent/docs-agent", "agent/ui-agent"], in: repo.root)
        #expect(both.status != 0)
        #expect(both.stderr.contains("outside-territory") && both.stderr.contains("src/ui/App.tsx"), "\(both.stderr)")
        #expect(try remote.git(["branch", "--list", "agent/docs-agent"]).isEmpty)
        #expect(try remote.git(["rev-parse", "agent/ui-agent"]) == repo.git("rev-parse", "agent/ui-agent"))
        // Updates of a branch the remote has (OLD is not all zeros) are judged on OLD..NEW.
        try repo.git("checkout", "-q", "agent/ui-agent")
        try repo.write("src/ui/Button.tsx", "a bigger button\n")
        try repo.commitAll("ui: a bigger button")
        let cleanUpdate = try Self.git(["push", "-q", "--no-verify", "origin", "agent/ui-agent"], in: repo.root)
        #expect(cleanUpdate.status == 0, "\(cleanUpdate.stderr)")
        try repo.write("docs/guide.md", "ui was here\n")
        try repo.commitAll("ui: edits the guide")
        let crossingUpdate = try Self.git(["push", "--no-verify", "origin", "agent/ui-agent"], in: repo.root)
        #expect(crossingUpdate.status != 0)
        #expect(crossingUpdate.stderr.contains("docs/guide.md"), "\(crossingUpdate.stderr)")
        #expect(try remote.git(["rev-parse", "agent/ui-agent"]) == repo.git("rev-parse", "agent/ui-agent~1"))
    }

    /// `territory hook update REF OLD NEW` run as git runs it: a new crossing branch (OLD all
    /// zeros) blocks with 1, a clean update passes with 0, and missing arguments are a usage
    /// error (2), never a pass.
    @Test func updateHookTakesRefOldAndNew() throws {
        let repo = try Self.repositoryWithBranches()
        let zero = String(repeating: "0", count: 40)
        func commit(_ name: String) throws -> String {
            try repo.git("rev-parse", name).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let blocked = try repo.territory(["hook", "update", "refs/heads/agent/docs-agent", zero, try commit("agent/docs-agent")])
        #expect(blocked.status == 1, "\(blocked.stderr)")
        #expect((blocked.stdout + blocked.stderr).contains("outside-territory"), "\(blocked.stdout)")
        #expect((blocked.stdout + blocked.stderr).contains("src/ui/App.tsx"), "\(blocked.stdout)")
        let clean = try repo.territory(["hook", "update", "refs/heads/agent/ui-agent", try commit("main"), try commit("agent/ui-agent")])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        let short = try repo.territory(["hook", "update", "refs/heads/agent/docs-agent", zero])
        #expect(short.status == 2, "\(short.stderr)")
    }
}
