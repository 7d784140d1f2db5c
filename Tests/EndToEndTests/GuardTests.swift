import Foundation
import TestSupport
import Testing

/// `territory guard`: the edit-time hook answers Claude Code's PreToolUse protocol, and `--path`
/// serves any other tool.
@Suite struct GuardTests {
    static func preToolUse(_ tool: String, _ path: String, cwd: String) -> String {
        """
        {"session_id":"s","hook_event_name":"PreToolUse","tool_name":"\(tool)","cwd":"\(cwd)",\
        "tool_input":{"file_path":"\(path)","old_string":"a","new_string":"b"}}
        """
    }

    static func decision(_ stdout: String) throws -> [String: Any]? {
        guard !stdout.isEmpty else { return nil }
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
        return object?["hookSpecificOutput"] as? [String: Any]
    }

    /// Note: this passes today through the branch name (`feature/docs` matches `*/{id}` by the
    /// alias `docs`), not through `config.worktree`, which `Repository.config` cannot read yet;
    /// see `GuardAttackTests.editInAnotherAgentsWorktreeIsDenied` for the config-only case.
    @Test func linkedWorktreeWithWorktreeConfigDeniesACrossing() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("config", "extensions.worktreeConfig", "true")
        let worktree = repo.root.appendingPathComponent("wt-docs")
        try repo.git("worktree", "add", "-q", "-b", "feature/docs", worktree.path)
        _ = try Shell.run("/usr/bin/git", ["config", "--worktree", "territory.agent", "docs-agent"], in: worktree)
        let crossing = try repo.territory(["guard"], in: worktree,
            input: Self.preToolUse("Edit", worktree.appendingPathComponent("src/ui/App.tsx").path, cwd: worktree.path))
        #expect(crossing.status == 0, "\(crossing.stderr)")
        let denied = try #require(try Self.decision(crossing.stdout))
        #expect(denied["permissionDecision"] as? String == "deny")
        let reason = denied["permissionDecisionReason"] as? String ?? ""
        #expect(reason.contains("ui-agent") && reason.contains("\(ScenarioPlan.path):\(ScenarioPlan.Line.uiTerritory)"), "\(reason)")
        #expect(reason.contains("Your territory: `docs/**`"))
        let own = try repo.territory(["guard"], in: worktree,
            input: Self.preToolUse("Write", worktree.appendingPathComponent("docs/new.md").path, cwd: worktree.path))
        #expect(own.status == 0 && own.stdout.isEmpty, "\(own.stdout)")
    }

    @Test func environmentNamesTheAgent() throws {
        let repo = try ScenarioPlan.repository()
        let input = Self.preToolUse("MultiEdit", repo.root.appendingPathComponent("src/api/routes.py").path, cwd: repo.path)
        let result = try repo.territory(["guard"], environment: ["TERRITORY_AGENT": "ui-agent"], input: input)
        #expect(try Self.decision(result.stdout)?["permissionDecision"] as? String == "deny")
        let asOwner = try repo.territory(["guard"], environment: ["TERRITORY_AGENT": "api-agent"], input: input)
        #expect(asOwner.stdout.isEmpty)
    }

    @Test func pathModeExitsOneWithTheReason() throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["guard", "--agent", "docs-agent", "--path", "src/ui/App.tsx", "--path", "docs/x.md"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("src/ui/App.tsx [outside-territory]"))
        #expect(!result.stderr.contains("docs/x.md ["))
        let clean = try repo.territory(["guard", "--agent", "docs-agent", "--path", "docs/x.md"])
        #expect(clean.status == 0)
    }

    @Test func noIdentityAllowsUnlessRequired() throws {
        let repo = try ScenarioPlan.repository()
        let input = Self.preToolUse("Edit", repo.root.appendingPathComponent("src/ui/App.tsx").path, cwd: repo.path)
        #expect(try repo.territory(["guard"], input: input).stdout.isEmpty)
        let required = try repo.territory(["guard", "--require-agent"], input: input)
        #expect(try Self.decision(required.stdout)?["permissionDecision"] as? String == "deny")
    }

    @Test func readToolsAndPathsOutsideTheRepositoryPass() throws {
        let repo = try ScenarioPlan.repository()
        let read = try repo.territory(["guard", "--agent", "docs-agent"],
            input: Self.preToolUse("Read", repo.root.appendingPathComponent("src/ui/App.tsx").path, cwd: repo.path))
        #expect(read.stdout.isEmpty && read.status == 0)
        let outside = try repo.territory(["guard", "--agent", "docs-agent"], input: Self.preToolUse("Write", "/etc/hosts", cwd: repo.path))
        #expect(outside.stdout.isEmpty && outside.status == 0)
    }

    @Test func malformedInputExitsTwo() throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["guard"], input: "not json")
        #expect(result.status == 2)
        #expect(result.stderr.contains("--path"))
    }
}
