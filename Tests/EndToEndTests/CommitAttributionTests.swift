import Foundation
import TestSupport
import Testing

/// Agents that share a branch: each commit judged as the agent its `Agent:` trailer names.
@Suite struct CommitAttributionTests {
    /// Three agents commit to one branch, one of them crossing.
    static func sharedBranch() throws -> GitRepository {
        let repo = try ScenarioPlan.repository()
        try repo.git("checkout", "-q", "-b", "wave-1")
        for (agent, path) in [("api-agent", "src/api/new.py"), ("ui-agent", "src/ui/New.tsx"), ("docs-agent", "src/api/routes.py")] {
            try repo.write(path, "\(agent)\n")
            try repo.git("add", "-A")
            try repo.git("commit", "-q", "-m", "\(agent) work\n\nAgent: \(agent)")
        }
        try repo.git("checkout", "-q", "main")
        return repo
    }

    @Test func checkCommitsNamesTheCrossingCommitAgentAndPath() throws {
        let repo = try Self.sharedBranch()
        let result = try repo.territory(["check", "--commits", "main..wave-1", "--format", "json"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let report = try JSONReport(result.stdout)
        #expect(report.findingLines == ["outside-territory docs-agent src/api/routes.py"])
        let agents = report.object["agents"] as? [[String: Any]] ?? []
        #expect(agents.map { $0["id"] as? String ?? "" } == ["api-agent", "ui-agent", "docs-agent"])
        let crossing = try repo.git("rev-parse", "--short=7", "wave-1").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect((agents.last?["mapping"] as? String)?.hasPrefix("commit \(crossing) \"docs-agent work\"") == true)
        // The text report says which commit.
        let text = try repo.territory(["check", "--commits", "wave-1"])
        #expect(text.stdout.contains("commit \(crossing)"), "\(text.stdout)")
    }

    @Test func gateAgreesCommitByCommit() throws {
        let repo = try Self.sharedBranch()
        let gate = try repo.territory(["gate", "--base", "main", "--head", "wave-1", "--format", "json"])
        #expect(gate.status == 1, "\(gate.stdout)\(gate.stderr)")
        #expect(try JSONReport(gate.stdout).findingLines == ["outside-territory docs-agent src/api/routes.py"])
    }

    /// A generated branch (`claude/<anything>`) matches no pattern; its commits' trailers tie it.
    @Test func generatedBranchTiedByItsTrailers() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("checkout", "-q", "-b", "claude/brave-turing-4f2a")
        try repo.write("docs/new.md")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "docs\n\nAgent: docs-agent")
        try repo.write("src/ui/App.tsx", "docs in the ui\n")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "more\n\nAgent: docs-agent")
        try repo.git("checkout", "-q", "main")
        let gate = try repo.territory(["gate", "--base", "main", "--head", "claude/brave-turing-4f2a", "--format", "json"])
        #expect(gate.status == 1)
        let report = try JSONReport(gate.stdout)
        #expect(report.findingLines == ["outside-territory docs-agent src/ui/App.tsx"])
        #expect((report.object["agents"] as? [[String: Any]])?.first?["mapping"] as? String == "the Agent trailers of its commits")
    }

    @Test func trailerNamingNoAgentIsAnError() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("checkout", "-q", "-b", "agent/docs-agent")
        try repo.write("docs/x.md")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "x\n\nAgent: ghost-agent")
        try repo.git("checkout", "-q", "main")
        let result = try repo.territory(["check", "--commits", "agent/docs-agent", "--format", "json"])
        #expect(result.status == 1)
        let finding = try #require(try JSONReport(result.stdout).findings.first { $0["rule"] as? String == "unknown-agent" })
        #expect((finding["message"] as? String)?.contains("ghost-agent") == true)
        #expect((finding["hint"] as? String)?.contains("docs-agent") == true)
    }
}

/// The hooks that keep the trailer on every commit without anyone remembering it.
@Suite struct CommitMessageHookTests {
    static func git(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> ProcessResult {
        try Shell.run("/usr/bin/git", arguments, in: folder, environment: HookEnvironment.binary.merging(environment) { _, new in new })
    }

    @Test func prepareCommitMsgAddsTheTrailerOfTheWorktreesAgent() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("config", "extensions.worktreeConfig", "true")
        try repo.git("checkout", "-q", "-b", "task-7")
        try repo.git("config", "--worktree", "territory.agent", "docs-agent")
        _ = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        try repo.write("docs/new.md")
        try repo.git("add", "-A")
        let commit = try Self.git(["commit", "-q", "-m", "add a page"], in: repo.root)
        #expect(commit.status == 0, "\(commit.stderr)")
        #expect(try repo.git("log", "-1", "--format=%B").contains("add a page\n\nAgent: docs-agent"))
        // A message that names its agent already is left alone.
        try repo.write("docs/other.md")
        try repo.git("add", "-A")
        _ = try Self.git(["commit", "-q", "-m", "other\n\nAgent: docs-agent"], in: repo.root)
        #expect(try repo.git("log", "-1", "--format=%B").components(separatedBy: "Agent:").count == 2)
    }

    @Test func commitMsgRefusesATrailerThatNamesNoAgent() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("checkout", "-q", "-b", "task-8")
        _ = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        try repo.write("docs/new.md")
        try repo.git("add", "-A")
        let before = try repo.git("rev-parse", "HEAD")
        let refused = try Self.git(["commit", "-q", "-m", "x\n\nAgent: ghost-agent"], in: repo.root)
        #expect(refused.status != 0)
        #expect((refused.stdout + refused.stderr).contains("unknown-agent"))
        #expect(try repo.git("rev-parse", "HEAD") == before)
    }

    @Test func trailerGoesIntoAnExistingTrailerBlockAndBeforeComments() throws {
        let repo = try ScenarioPlan.repository()
        let file = repo.root.appendingPathComponent("MSG")
        try Data("subject\n\nbody\n\nSigned-off-by: A <a@b>\n# Please enter the commit message\n#\n".utf8).write(to: file)
        let result = try repo.territory(["hook", "prepare-commit-msg", file.path], environment: ["TERRITORY_AGENT": "api-agent"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == "subject\n\nbody\n\nSigned-off-by: A <a@b>\nAgent: api-agent\n# Please enter the commit message\n#\n")
    }
}

/// The guard makes an agent's `git commit` name the agent, when no hook adds the trailer.
@Suite struct GuardCommitTrailerTests {
    @Test func commitWithoutTheTrailerIsDeniedWithTheExactCommand() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("checkout", "-q", "-b", "agent/api-agent")
        let plain = try repo.territory(["guard"], input: GuardInput.bash("git commit -m 'add routes'", cwd: repo.path))
        #expect(GuardInput.claudeDecision(plain) == "deny", "\(plain.stdout)\(plain.stderr)")
        #expect(GuardInput.claudeReason(plain).contains("git commit --trailer \"Agent: api-agent\" -m 'add routes'"), "\(GuardInput.claudeReason(plain))")
        let named = try repo.territory(["guard"], input: GuardInput.bash("git commit --trailer \"Agent: api-agent\" -m 'add routes'", cwd: repo.path))
        #expect(named.stdout.isEmpty, "\(named.stdout)")
        let inMessage = try repo.territory(["guard"], input: GuardInput.bash("git commit -m 'add routes' -m 'Agent: api-agent'", cwd: repo.path))
        #expect(inMessage.stdout.isEmpty, "\(inMessage.stdout)")
        // With territory's prepare-commit-msg hook installed, the trailer is added for it.
        _ = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        let hooked = try repo.territory(["guard"], input: GuardInput.bash("git commit -m 'add routes'", cwd: repo.path))
        #expect(hooked.stdout.isEmpty, "\(hooked.stdout)")
    }
}

/// The files that switch checks on and off are refused to every agent, even where no plan entry
/// covers them (a plan gap is only a warning).
@Suite struct GuardSettingsTests {
    @Test(arguments: [".claude/settings.json", ".codex/hooks.json", ".husky/pre-commit", ".pre-commit-config.yaml", ".territory.yml"])
    func settingsFilesAreRefused(_ path: String) throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["guard", "--agent", "docs-agent"],
                                        input: GuardInput.claude("Write", ["file_path": repo.path + "/" + path, "content": "{}"], cwd: repo.path))
        #expect(GuardInput.claudeDecision(result) == "deny", "\(path): \(result.stdout)\(result.stderr)")
        #expect(GuardInput.claudeReason(result).contains("agent-settings"))
    }

    @Test func anUnownedFileIsAllowedWithoutNoise() throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["guard", "--agent", "docs-agent"],
                                        input: GuardInput.claude("Write", ["file_path": repo.path + "/scripts/new.sh", "content": "x"], cwd: repo.path))
        #expect(result.status == 0 && result.stdout.isEmpty, "\(result.stdout)")
    }
}

/// The session-level guard inside a Claude Code subagent judges the write as that subagent, when
/// its name is an agent of the plan.
@Suite struct GuardSubagentTests {
    @Test func agentTypeNamesThePlanAgent() throws {
        let repo = try ScenarioPlan.repository()
        func write(_ path: String, as subagent: String) throws -> ProcessResult {
            var request = GuardInput.object(GuardInput.claude("Write", ["file_path": repo.path + "/" + path, "content": "x"], cwd: repo.path)) ?? [:]
            request["agent_type"] = subagent
            return try repo.territory(["guard"], input: GuardInput.json(request))
        }
        #expect(GuardInput.claudeDecision(try write("src/api/x.py", as: "ui-agent")) == "deny")
        #expect(try write("src/ui/x.tsx", as: "ui-agent").stdout.isEmpty)
        // A built-in subagent is no plan agent: the worktree's identity (none here) decides.
        #expect(try write("src/api/x.py", as: "general-purpose").stdout.isEmpty)
    }
}
