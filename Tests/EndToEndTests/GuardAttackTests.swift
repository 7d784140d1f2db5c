import Foundation
import TestSupport
import Testing

/// The guard judges what will really be written: each test is an attack an agent could make on
/// a naive edit hook, and the guard must refuse it.
@Suite struct GuardAttackTests {
    // MARK: symbolic links

    @Test func symlinkedFileInOwnFolderPointingIntoAnotherTerritoryIsDenied() throws {
        let repo = try ScenarioPlan.repository()
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/docs/app.md", withDestinationPath: "../src/ui/App.tsx")
        let result = try repo.territory(["guard", "--agent", "docs-agent"],
            input: GuardInput.claude("Write", ["file_path": repo.path + "/docs/app.md", "content": "x"], cwd: repo.path))
        #expect(GuardInput.claudeDecision(result) == "deny", "\(result.stdout)\(result.stderr)")
        #expect(GuardInput.claudeReason(result).contains("src/ui/App.tsx"))
    }

    @Test func symlinkedFolderInOwnFolderPointingIntoAnotherTerritoryIsDenied() throws {
        let repo = try ScenarioPlan.repository()
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/docs/ui", withDestinationPath: "../src/ui")
        let result = try repo.territory(["guard", "--agent", "docs-agent"],
            input: GuardInput.claude("Edit", ["file_path": repo.path + "/docs/ui/App.tsx", "old_string": "a", "new_string": "b"], cwd: repo.path))
        #expect(GuardInput.claudeDecision(result) == "deny", "\(result.stdout)\(result.stderr)")
        #expect(GuardInput.claudeReason(result).contains("src/ui/App.tsx"))
    }

    /// A link whose target does not exist yet: writing through it creates the file over there.
    @Test func danglingSymlinkInOwnFolderIsJudgedByWhereItWouldCreateTheFile() throws {
        let repo = try ScenarioPlan.repository()
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/docs/new.md", withDestinationPath: "../src/ui/Injected.tsx")
        let result = try repo.territory(["guard", "--agent", "docs-agent"],
            input: GuardInput.claude("Write", ["file_path": repo.path + "/docs/new.md", "content": "x"], cwd: repo.path))
        #expect(GuardInput.claudeDecision(result) == "deny", "\(result.stdout)\(result.stderr)")
        #expect(GuardInput.claudeReason(result).contains("src/ui/Injected.tsx"))
    }

    @Test func symlinkIntoTheGitDirectoryIsDenied() throws {
        let repo = try ScenarioPlan.repository()
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/docs/hooks", withDestinationPath: "../.git/hooks")
        let result = try repo.territory(["guard", "--agent", "docs-agent"],
            input: GuardInput.claude("Write", ["file_path": repo.path + "/docs/hooks/pre-commit", "content": "exit 0"], cwd: repo.path))
        #expect(GuardInput.claudeDecision(result) == "deny", "\(result.stdout)\(result.stderr)")
        #expect(GuardInput.claudeReason(result).contains("git directory"), "\(GuardInput.claudeReason(result))")
    }

    /// A hard link in the agent's folder to another agent's file: one file, two names.
    @Test func hardLinkInOwnFolderToAnotherAgentsFileIsDenied() throws {
        let repo = try ScenarioPlan.repository()
        try FileManager.default.linkItem(atPath: repo.path + "/src/ui/App.tsx", toPath: repo.path + "/docs/app.tsx")
        let result = try repo.territory(["guard", "--agent", "docs-agent"],
            input: GuardInput.claude("Write", ["file_path": repo.path + "/docs/app.tsx", "content": "x"], cwd: repo.path))
        #expect(GuardInput.claudeDecision(result) == "deny", "\(result.stdout)\(result.stderr)")
        #expect(GuardInput.claudeReason(result).contains("hard-link"))
    }

    // MARK: the repository is the file's, not the session's

    /// The session runs in another repository (one with no plan), the file is in the planned one.
    @Test func fileInAnotherRepositoryThanTheSessionIsJudgedByItsOwnPlan() throws {
        let repo = try ScenarioPlan.repository()
        let elsewhere = try GitRepository()
        try elsewhere.write("README.md")
        try elsewhere.commitAll("unplanned")
        let result = try repo.territory(["guard"], in: elsewhere.root, environment: ["TERRITORY_AGENT": "docs-agent"],
            input: GuardInput.claude("Write", ["file_path": repo.path + "/src/ui/App.tsx", "content": "x"], cwd: elsewhere.path))
        #expect(GuardInput.claudeDecision(result) == "deny", "\(result.stdout)\(result.stderr)")
    }

    // MARK: other worktrees

    /// Two agents, each in its own linked worktree, identified by `git config --worktree`;
    /// branch names match no pattern. Agent A writing a file inside B's worktree is refused, even
    /// for a path A owns in the plan: that checkout is B's.
    /// The same rule is proven below with identities from the environment and the branch.
    @Test func editInAnotherAgentsWorktreeIsDenied() throws {
        let repo = try ScenarioPlan.repository()
        let mine = try repo.agentWorktree("wt-a", branch: "alpha", agent: "docs-agent")
        let theirs = try repo.agentWorktree("wt-b", branch: "beta", agent: "ui-agent")
        let own = try repo.territory(["guard"], in: mine,
            input: GuardInput.claude("Write", ["file_path": mine.path + "/docs/new.md", "content": "x"], cwd: mine.path))
        #expect(own.status == 0 && own.stdout.isEmpty, "\(own.stdout)\(own.stderr)")
        let ownPathInTheirs = try repo.territory(["guard"], in: mine,
            input: GuardInput.claude("Write", ["file_path": theirs.path + "/docs/guide.md", "content": "x"], cwd: mine.path))
        let foreign = try repo.territory(["guard"], in: mine,
            input: GuardInput.claude("Edit", ["file_path": theirs.path + "/src/ui/App.tsx", "old_string": "a", "new_string": "b"], cwd: mine.path))
        #expect(GuardInput.claudeDecision(ownPathInTheirs) == "deny", "\(ownPathInTheirs.stdout)\(ownPathInTheirs.stderr)")
        #expect(GuardInput.claudeReason(ownPathInTheirs).contains("ui-agent"))
        #expect(GuardInput.claudeDecision(foreign) == "deny", "\(foreign.stdout)\(foreign.stderr)")
    }

    /// The acting agent named by `--agent`, the other worktree's by the plan's `Branch:` field.
    @Test func editInAWorktreeOnAnotherAgentsBranchIsDenied() throws {
        let repo = try ScenarioPlan.repository()
        let mine = try repo.agentWorktree("wt-a", branch: "alpha", agent: "docs-agent")
        let theirs = try repo.agentWorktree("wt-api", branch: "work/api", agent: nil)
        let result = try repo.territory(["guard", "--agent", "docs-agent"], in: mine,
            input: GuardInput.claude("Write", ["file_path": theirs.path + "/docs/x.md", "content": "x"], cwd: mine.path))
        #expect(GuardInput.claudeDecision(result) == "deny", "\(result.stdout)\(result.stderr)")
        #expect(GuardInput.claudeReason(result).contains("api-agent") && GuardInput.claudeReason(result).contains("foreign-worktree"))
    }

    /// The same attack with the acting agent named by the environment (as an orchestrator sets
    /// it) and the other worktree's agent named by its branch.
    @Test func editInAWorktreeWhoseBranchNamesAnotherAgentIsDenied() throws {
        let repo = try ScenarioPlan.repository()
        let mine = try repo.agentWorktree("wt-a", branch: "scratch", agent: nil)
        let theirs = try repo.agentWorktree("wt-api", branch: "work/api", agent: nil)
        let result = try repo.territory(["guard"], in: mine, environment: ["TERRITORY_AGENT": "docs-agent"],
            input: GuardInput.claude("Write", ["file_path": theirs.path + "/docs/x.md", "content": "x"], cwd: mine.path))
        #expect(GuardInput.claudeDecision(result) == "deny", "\(result.stdout)\(result.stderr)")
        #expect(GuardInput.claudeReason(result).contains("api-agent"))
    }

    // MARK: the git directory

    @Test(arguments: [".git/hooks/pre-commit", ".git/config", ".git/refs/heads/main", ".git/info/exclude", ".git/HEAD"])
    func writeIntoTheGitDirectoryIsDenied(_ path: String) throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["guard", "--agent", "docs-agent"],
            input: GuardInput.claude("Write", ["file_path": repo.path + "/" + path, "content": "x"], cwd: repo.path))
        #expect(GuardInput.claudeDecision(result) == "deny", "\(path): \(result.stdout)\(result.stderr)")
        #expect(GuardInput.claudeReason(result).contains("git directory"), "\(GuardInput.claudeReason(result))")
    }

    @Test func writeIntoALinkedWorktreesGitFilesIsDenied() throws {
        let repo = try ScenarioPlan.repository()
        let mine = try repo.agentWorktree("wt-a", branch: "alpha", agent: "docs-agent")
        for path in [mine.path + "/.git", repo.path + "/.git/worktrees/wt-a/config.worktree",
                     repo.path + "/.git/worktrees/wt-a/HEAD", repo.path + "/.git/config.worktree"] {
            let result = try repo.territory(["guard"], in: mine,
                input: GuardInput.claude("Write", ["file_path": path, "content": "x"], cwd: mine.path))
            #expect(GuardInput.claudeDecision(result) == "deny", "\(path): \(result.stdout)\(result.stderr)")
            #expect(GuardInput.claudeReason(result).contains("git directory"), "\(path): \(GuardInput.claudeReason(result))")
        }
    }

    // MARK: tool inputs

    /// An MCP tool that moves a file names it in `source` and `destination`.
    @Test func mcpToolMovingAFileIntoAnotherTerritoryIsDenied() throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["guard", "--agent", "docs-agent"],
            input: GuardInput.claude("mcp__filesystem__move_file",
                                     ["source": repo.path + "/docs/guide.md", "destination": repo.path + "/src/ui/Guide.tsx"], cwd: repo.path))
        #expect(GuardInput.claudeDecision(result) == "deny", "\(result.stdout)\(result.stderr)")
    }

    @Test func pathsInArraysAndNestedEditsAreRead() throws {
        let repo = try ScenarioPlan.repository()
        let arrays = try repo.territory(["guard", "--agent", "docs-agent"],
            input: GuardInput.claude("mcp__fs__write_many", ["paths": [repo.path + "/docs/a.md", repo.path + "/src/ui/b.tsx"]], cwd: repo.path))
        #expect(GuardInput.claudeDecision(arrays) == "deny", "\(arrays.stdout)\(arrays.stderr)")
        let nested = try repo.territory(["guard", "--agent", "docs-agent"],
            input: GuardInput.claude("mcp__fs__edit", ["edits": [["path": repo.path + "/src/ui/App.tsx", "old": "a", "new": "b"]]], cwd: repo.path))
        #expect(GuardInput.claudeDecision(nested) == "deny", "\(nested.stdout)\(nested.stderr)")
    }

    /// A tool that is not known to be read-only and names no path territory can find: refused
    /// with the reason (or asked, with --unknown-tool ask), never silently allowed.
    @Test func writingToolWithoutAPathIsDeniedOrAsked() throws {
        let repo = try ScenarioPlan.repository()
        let input = GuardInput.claude("mcp__db__run_migration", ["name": "add-users"], cwd: repo.path)
        let denied = try repo.territory(["guard", "--agent", "docs-agent"], input: input)
        #expect(GuardInput.claudeDecision(denied) == "deny", "\(denied.stdout)\(denied.stderr)")
        #expect(GuardInput.claudeReason(denied).contains("mcp__db__run_migration"))
        let asked = try repo.territory(["guard", "--agent", "docs-agent", "--unknown-tool", "ask"], input: input)
        #expect(GuardInput.claudeDecision(asked) == "ask", "\(asked.stdout)\(asked.stderr)")
    }

    // MARK: delivering the answer

    /// With standard output closed the deny cannot be delivered: the guard blocks by exit 2 and
    /// says why on standard error.
    @Test func closedStandardOutputBlocksWithExitTwo() throws {
        let repo = try ScenarioPlan.repository()
        let input = GuardInput.claude("Write", ["file_path": repo.path + "/src/ui/App.tsx", "content": "x"], cwd: repo.path)
        let result = try Shell.run("/bin/sh", ["-c", "\"$0\" guard --agent docs-agent >&-", TerritoryBinary.url.path],
                                   in: repo.root, input: input)
        #expect(result.status == 2, "status \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("src/ui/App.tsx"))
    }
}
