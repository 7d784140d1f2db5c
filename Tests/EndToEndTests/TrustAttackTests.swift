import Foundation
import TestSupport
import Testing

/// The trust model, tried as a hostile agent would: each test is an escape that let a crossing
/// through with exit 0 before, and must be caught now.
@Suite struct TrustAttackTests {
    static func git(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> ProcessResult {
        try Shell.run("/usr/bin/git", arguments, in: folder, environment: HookEnvironment.binary.merging(environment) { _, new in new })
    }

    /// A branch forked before the orchestrator narrowed a territory is judged by today's plan on
    /// the base, not by the plan at its merge base.
    @Test func gateWithAnOldMergeBaseUsesTodaysPlan() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/ui-agent") { try repo.write("src/shared/util.ts", "ui writes shared\n") }
        // The orchestrator takes src/shared/ away from ui-agent on main.
        try repo.write(ScenarioPlan.path, ScenarioPlan.text.replacingOccurrences(of: "- `src/shared/`\n", with: ""))
        try repo.commitAll("plan: src/shared is nobody's for now")
        try repo.write(ScenarioPlan.path, try String(contentsOf: repo.root.appendingPathComponent(ScenarioPlan.path), encoding: .utf8)
            .replacingOccurrences(of: "- `docs/**`", with: "- `docs/**`\n- `src/shared/**`"))
        try repo.commitAll("plan: src/shared goes to docs-agent")
        let gate = try repo.territory(["gate", "--base", "main", "--head", "agent/ui-agent", "--format", "json"])
        #expect(gate.status == 1, "\(gate.stdout)\(gate.stderr)")
        #expect(try JSONReport(gate.stdout).findingLines == ["outside-territory ui-agent src/shared/util.ts"])
    }

    /// An agent commits a widened plan with --no-verify, then commits into the widened area: the
    /// pre-commit hook judges by the base's plan, not by HEAD's.
    @Test func preCommitReadsThePlanFromTheBaseNotFromHead() throws {
        let repo = try ScenarioPlan.repository()
        _ = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        try repo.git("checkout", "-q", "-b", "agent/docs-agent")
        try repo.write(ScenarioPlan.path, ScenarioPlan.text.replacingOccurrences(of: "- `docs/**`", with: "- `docs/**`\n- `src/ui/**`"))
        try repo.git("add", "-A")
        // --no-verify skips pre-commit, not prepare-commit-msg, which runs territory too.
        #expect(try Self.git(["commit", "-q", "--no-verify", "-m", "widen my territory"], in: repo.root).status == 0)
        try repo.write("src/ui/App.tsx", "docs agent takes the ui\n")
        try repo.git("add", "-A")
        let commit = try Self.git(["commit", "-q", "-m", "take the ui"], in: repo.root)
        #expect(commit.status != 0, "\(commit.stdout)\(commit.stderr)")
        #expect((commit.stdout + commit.stderr).contains("outside-territory"))
    }

    /// A linked worktree on a branch that matches no pattern; its agent is set with
    /// `git config --worktree territory.agent`, which must be read.
    @Test func worktreeConfigNamesTheAgent() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("config", "extensions.worktreeConfig", "true")
        let worktree = repo.root.appendingPathComponent("wt")
        try repo.git("worktree", "add", "-q", "-b", "task-42", worktree.path)
        #expect(try Self.git(["config", "--worktree", "territory.agent", "docs-agent"], in: worktree).status == 0)
        let file = worktree.appendingPathComponent("src/ui/App.tsx")
        try Data("docs agent in the ui\n".utf8).write(to: file)
        #expect(try Self.git(["add", "-A"], in: worktree).status == 0)
        let hook = try TerritoryBinary.run(["hook", "pre-commit", "--format", "json"], in: worktree)
        #expect(hook.status == 1, "\(hook.stdout)\(hook.stderr)")
        #expect(try JSONReport(hook.stdout).findingLines == ["outside-territory docs-agent src/ui/App.tsx"])
    }

    /// Pushes to the base branch are judged on the server, commit by commit: an agent's commit
    /// by its trailer, a merge by the branch it brings in, and work of no agent owns nothing.
    @Test func pushToTheBaseBranchIsJudged() throws {
        let repo = try ScenarioPlan.repository()
        let remote = try GitRepository.bare()
        #expect(try TerritoryBinary.run(["install-hooks", "--server"], in: remote.root).status == 0)
        try repo.git("remote", "add", "origin", remote.path)
        #expect(try Self.git(["push", "-q", "origin", "main"], in: repo.root).status == 0)

        try repo.write("src/ui/App.tsx", "docs agent, straight on main\n")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "docs work\n\nAgent: docs-agent")
        let trailer = try Self.git(["push", "origin", "main"], in: repo.root)
        #expect(trailer.status != 0)
        #expect(trailer.stderr.contains("outside-territory") && trailer.stderr.contains("docs-agent"), "\(trailer.stderr)")

        try repo.git("reset", "-q", "--hard", "HEAD~1")
        try repo.write("src/api/routes.py", "nobody's commit\n")
        try repo.commitAll("quick fix")
        let anonymous = try Self.git(["push", "origin", "main"], in: repo.root)
        #expect(anonymous.status != 0)
        #expect(anonymous.stderr.contains("unattributed"), "\(anonymous.stderr)")

        try repo.git("reset", "-q", "--hard", "HEAD~1")
        try repo.branch("agent/ui-agent") { try repo.write("docs/guide.md", "ui agent edits the docs\n") }
        try repo.git("merge", "-q", "--no-ff", "-m", "Merge branch 'agent/ui-agent'", "agent/ui-agent")
        let merge = try Self.git(["push", "origin", "main"], in: repo.root)
        #expect(merge.status != 0)
        #expect(merge.stderr.contains("docs/guide.md") && merge.stderr.contains("ui-agent"), "\(merge.stderr)")

        try repo.git("reset", "-q", "--hard", "HEAD~1")
        try repo.write("docs/new.md", "docs agent's own\n")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "docs\n\nAgent: docs-agent")
        let clean = try Self.git(["push", "origin", "main"], in: repo.root)
        #expect(clean.status == 0, "\(clean.stderr)")
    }

    /// A clean decoy on the strongest pattern (`agent/ui-agent`) must not hide the crossing
    /// branch a weaker pattern ties to the same agent (`work/ui-agent`): check judges both.
    @Test func decoyBranchesDoNotHideACrossing() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/ui-agent") { try repo.write("src/ui/Clean.tsx") }
        try repo.branch("work/ui-agent") { try repo.write("docs/guide.md", "ui agent edits the docs\n") }
        let check = try repo.territory(["check", "--format", "json"])
        #expect(check.status == 1, "\(check.stdout)")
        #expect(try JSONReport(check.stdout).findingLines == ["outside-territory ui-agent docs/guide.md"])
        let asAgent = try repo.territory(["check", "--agent", "ui-agent", "--format", "json"])
        #expect(asAgent.status == 1)
    }

    /// An alias that equals another agent's id never ties a branch: `agent/api` is agent `api`'s,
    /// not api-agent's (whose generated alias is also `api`).
    @Test func aliasCollisionsNeverTieABranch() throws {
        let repo = try GitRepository()
        try repo.write("agent-assignments.md", """
            # Plan
            ## Agent 1: api-agent
            ### Territory
            - `src/api/**`
            ## Agent 2: api
            ### Territory
            - `src/gateway/**`
            """)
        try repo.write("src/api/a.py")
        try repo.write("src/gateway/g.py")
        try repo.commitAll("base")
        try repo.branch("agent/api") { try repo.write("src/api/a.py", "gateway agent edits api\n") }
        let check = try repo.territory(["check", "--format", "json", "agent/api"])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(try JSONReport(check.stdout).findingLines == ["outside-territory api src/api/a.py"])
        let lint = try repo.territory(["lint", "--format", "json"])
        let collision = try #require(try JSONReport(lint.stdout).findings.first { $0["rule"] as? String == "alias-collision" })
        #expect(collision["agent"] as? String == "api-agent" && collision["severity"] as? String == "error")
        #expect(lint.status == 1)
    }

    /// An agent adds a second plan in a folder discovery searches: every later command would stop
    /// (two plans). The addition itself is a `plan-modified` error, and checks keep using the
    /// trusted plan.
    @Test func aSecondPlanFileIsAPlanEdit() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/docs-agent") {
            try repo.write("docs/agent-assignments.md", "## Agent 1: docs-agent\n### Territory\n- `**/*.md`\n")
        }
        let check = try repo.territory(["check", "--format", "json"])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(try JSONReport(check.stdout).findingLines == ["plan-modified docs-agent docs/agent-assignments.md"])
        try repo.git("checkout", "-q", "agent/docs-agent")
        try repo.write("src/ui/App.tsx", "docs agent\n")
        try repo.git("add", "-A")
        let hook = try repo.territory(["hook", "pre-commit", "--format", "json"])
        #expect(hook.status == 1, "\(hook.stderr)")
        #expect(try JSONReport(hook.stdout).findingLines == ["outside-territory docs-agent src/ui/App.tsx"])
    }

    /// An "evil merge": while concluding a clean merge of ui-agent's branch, docs-agent stages a
    /// change of its own into api-agent's file. The merged side is judged as ui-agent, what is
    /// staged beyond it as docs-agent.
    @Test func evilMergeIsJudgedAsTheCurrentAgent() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/ui-agent") { try repo.write("src/ui/Button.tsx", "button\n") }
        try repo.git("checkout", "-q", "-b", "agent/docs-agent")
        _ = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        try repo.git("merge", "-q", "--no-ff", "--no-commit", "agent/ui-agent")
        try repo.write("src/api/routes.py", "smuggled in the merge\n")
        try repo.git("add", "-A")
        let commit = try Self.git(["commit", "-q", "-m", "merge ui"], in: repo.root)
        #expect(commit.status != 0, "\(commit.stdout)\(commit.stderr)")
        #expect((commit.stdout + commit.stderr).contains("src/api/routes.py"))
        try repo.git("checkout", "-q", "HEAD", "--", "src/api/routes.py")
        let clean = try Self.git(["commit", "-q", "-m", "merge ui"], in: repo.root)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
    }

    /// A hand-written MERGE_HEAD that names no commit fails closed instead of being ignored.
    @Test func fakeMergeHeadFailsClosed() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("checkout", "-q", "-b", "agent/docs-agent")
        try repo.write("src/ui/App.tsx", "x\n")
        try repo.git("add", "-A")
        try Data("not-a-commit\n".utf8).write(to: repo.root.appendingPathComponent(".git/MERGE_HEAD"))
        let hook = try repo.territory(["hook", "pre-commit"])
        #expect(hook.status == 2, "\(hook.stdout)\(hook.stderr)")
        #expect(hook.stderr.contains("MERGE_HEAD"))
    }

    /// Updating an agent's branch from main is not judged as the agent's work; a conflict
    /// resolution it stages in its own territory passes.
    @Test func mergingTheBaseIntoAnAgentBranchJudgesOnlyWhatIsStagedBeyondIt() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("checkout", "-q", "-b", "agent/docs-agent")
        try repo.write("docs/guide.md", "docs agent's guide\n")
        try repo.commitAll("guide")
        try repo.git("checkout", "-q", "main")
        try repo.write("src/api/routes.py", "api work on main\n")
        try repo.write("docs/guide.md", "main's guide\n")
        try repo.commitAll("api and docs on main")
        try repo.git("checkout", "-q", "agent/docs-agent")
        _ = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        _ = try? repo.git("merge", "-q", "main")
        try repo.write("docs/guide.md", "resolved\n")
        try repo.git("add", "-A")
        let commit = try Self.git(["commit", "-q", "--no-edit"], in: repo.root)
        #expect(commit.status == 0, "\(commit.stdout)\(commit.stderr)")
    }

    /// A split index (libgit2 1.5 cannot open it) must not make the hook give up or pass: the
    /// crossing is still blocked.
    @Test func splitIndexStillBlocksACrossing() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("checkout", "-q", "-b", "agent/docs-agent")
        try repo.git("update-index", "--split-index")
        try repo.write("src/ui/App.tsx", "docs agent\n")
        try repo.git("add", "-A")
        let hook = try repo.territory(["hook", "pre-commit", "--format", "json"])
        #expect(hook.status == 1, "\(hook.stderr)")
        #expect(try JSONReport(hook.stdout).findingLines == ["outside-territory docs-agent src/ui/App.tsx"])
    }

    /// The guard judges by the base's plan too: a widened plan committed on the agent's branch
    /// does not let its next edit through.
    @Test func guardReadsThePlanFromTheBase() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("checkout", "-q", "-b", "agent/docs-agent")
        try repo.write(ScenarioPlan.path, ScenarioPlan.text.replacingOccurrences(of: "- `docs/**`", with: "- `docs/**`\n- `src/ui/**`"))
        try repo.commitAll("widen my territory")
        let result = try repo.territory(["guard", "--path", "src/ui/App.tsx"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("outside-territory"))
    }
}

/// Plans that cannot judge anything stop enforcement (exit 2) instead of passing every change.
@Suite struct PlanFailsClosedTests {
    static func repository(plan: [UInt8], extra: (GitRepository) throws -> Void = { _ in }) throws -> GitRepository {
        let repo = try GitRepository()
        let url = repo.root.appendingPathComponent(ScenarioPlan.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(plan).write(to: url)
        try repo.write("src/ui/App.tsx")
        try extra(repo)
        try repo.commitAll("base")
        try repo.branch("agent/ui-agent") { try repo.write("src/api/x.py") }
        return repo
    }

    static func enforcementStops(_ repo: GitRepository, saying text: String) throws {
        for arguments in [["check"], ["gate", "--base", "main", "--head", "agent/ui-agent"], ["guard", "--agent", "ui-agent", "--path", "src/api/x.py"]] {
            let result = try repo.territory(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stdout)\(result.stderr)")
            #expect(result.stderr.contains(text), "\(arguments): \(result.stderr)")
        }
    }

    @Test func aPlanWithNoAgents() throws {
        let repo = try Self.repository(plan: Array("# Plan\n\nNothing here yet.\n".utf8))
        try Self.enforcementStops(repo, saying: "defines no agents")
        #expect(try repo.territory(["show"]).status == 0)
    }

    @Test func garbageBytes() throws {
        let repo = try Self.repository(plan: [0x23, 0x20, 0xFF, 0xFE, 0x00, 0x41, 0x0A])
        try Self.enforcementStops(repo, saying: ScenarioPlan.path)
    }

    @Test func aByteOrderMarkKeepsTheFirstAgent() throws {
        let text = "## Agent 1: ui-agent\n### Territory\n- `src/ui/**`\n## Agent 2: api-agent\n### Territory\n- `src/api/**`\n"
        let repo = try Self.repository(plan: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let result = try repo.territory(["check", "--format", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(try JSONReport(result.stdout).findingLines == ["outside-territory ui-agent src/api/x.py"])
    }

    @Test func aSymlinkedPlan() throws {
        let repo = try Self.repository(plan: Array("placeholder\n".utf8)) { repo in
            let url = repo.root.appendingPathComponent(ScenarioPlan.path)
            try FileManager.default.removeItem(at: url)
            try repo.write("elsewhere.md", "## Agent 1: ui-agent\n### Territory\n- `**/*`\n")
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "../../../elsewhere.md")
        }
        try Self.enforcementStops(repo, saying: "symbolic link")
    }

    @Test func anAgentWithoutTerritoryUnlessTheConfigurationSaysSo() throws {
        let text = "## Agent 1: ui-agent\n### Territory\n- `src/ui/**`\n## Agent 2: api-agent\nWrites the API.\n"
        let repo = try Self.repository(plan: Array(text.utf8))
        try Self.enforcementStops(repo, saying: "agent api-agent has no territory")
        try repo.write(".territory.yml", "version: 1\nwithout-territory: [api-agent]\n")
        try repo.commitAll("api-agent writes nothing")
        let result = try repo.territory(["check", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try JSONReport(result.stdout).findingLines == ["unowned-path ui-agent src/api/x.py"])
    }

    /// `! src/x/**` (a space after `!`) excludes, as `!src/x/**` does; it used to be dropped,
    /// which gave the agent the folder it was meant to lose.
    @Test func aSpacedExclusionExcludes() throws {
        let text = "## Agent 1: ui-agent\n### Territory\n- `src/**`\n- `! src/api/**`\n## Agent 2: api-agent\n### Territory\n- `src/api/**`\n"
        let repo = try Self.repository(plan: Array(text.utf8))
        let result = try repo.territory(["check", "--format", "json"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(try JSONReport(result.stdout).findingLines == ["outside-territory ui-agent src/api/x.py"])
    }

    @Test func anInvalidEntryStopsEnforcement() throws {
        let text = "## Agent 1: ui-agent\n### Territory\n- `src/ui/{a,`\n## Agent 2: api-agent\n### Territory\n- `src/api/**`\n"
        let repo = try Self.repository(plan: Array(text.utf8))
        try Self.enforcementStops(repo, saying: "src/ui/{a,")
        let lint = try repo.territory(["lint", "--format", "json"])
        #expect(lint.status == 1)
        #expect(try JSONReport(lint.stdout).findings.contains { $0["rule"] as? String == "invalid-pattern" && $0["severity"] as? String == "error" })
    }
}
