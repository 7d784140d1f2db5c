import Foundation
import TestSupport
import Testing

/// Which plan a command reads when `--plan` is not given, and the sibling files read with it.
@Suite struct PlanDiscoveryTests {
    static let agents = """
        ## Agent 1: api-agent
        ### Territory
        - `src/api/**`

        """

    @Test func orchestrationPlanAloneIsFoundAndSiblingsAreMerged() throws {
        let repo = try GitRepository()
        try repo.write(".context-kit/orchestration/one/orchestration-plan.md", Self.agents)
        try repo.write(".context-kit/orchestration/two/agent-assignments.md", "## Agent 1: ui-agent\n### Territory\n- `src/ui/**`\n")
        try repo.write(".context-kit/orchestration/two/orchestration-plan.md", "## Agent 2: docs-agent\n### Territory\n- `docs/**`\n")
        try repo.commitAll("two plans")
        let several = try repo.territory(["show"])
        #expect(several.status == 2)
        #expect(several.stderr.contains(".context-kit/orchestration/one/orchestration-plan.md"))
        #expect(several.stderr.contains(".context-kit/orchestration/two/agent-assignments.md"))
        let merged = try repo.territory(["show", "--plan", ".context-kit/orchestration/two", "--format", "json"])
        let plan = try JSONReport(merged.stdout).object["plan"] as? [String: Any]
        #expect((plan?["agents"] as? [[String: Any]])?.map { $0["id"] as? String ?? "" } == ["ui-agent", "docs-agent"])
        let alone = try repo.territory(["who", "--plan", ".context-kit/orchestration/one", "src/api/x.py"])
        #expect(alone.stdout.contains("api-agent"), "\(alone.stdout)\(alone.stderr)")
    }

    @Test func rootAndDocsPlansAreFound() throws {
        let repo = try GitRepository()
        try repo.write("docs/AGENT_ASSIGNMENTS.md", Self.agents)
        try repo.commitAll("plan in docs")
        let result = try repo.territory(["show", "--format", "json"])
        #expect((try JSONReport(result.stdout).object["plan"] as? [String: Any])?["file"] as? String == "docs/AGENT_ASSIGNMENTS.md")
    }

    /// A plan in `docs/orchestration/<plan>/`, no `.territory.yml`, no `--plan`: found by every
    /// command that judges, and by the hooks `install-hooks` writes.
    @Test func docsOrchestrationPlanIsFoundByCheckHooksGateAndGuard() throws {
        let repo = try GitRepository()
        try repo.write("docs/orchestration/billing/agent-assignments.md", """
            ## Agent 1: invoice-agent
            **Branch**: `agent/invoice-agent`
            ### Territory
            - `src/invoice/**`

            ## Agent 2: tax-agent
            **Branch**: `agent/tax-agent`
            ### Territory
            - `src/tax/**`

            """)
        try repo.write("README.md", "billing\n")
        try repo.commitAll("plan")
        try repo.branch("agent/tax-agent") { try repo.write("src/invoice/total.py", "crossing\n") }

        let check = try repo.territory(["check", "--format", "json", "agent/tax-agent"])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(try JSONReport(check.stdout).findingLines == ["outside-territory tax-agent src/invoice/total.py"])

        let gate = try repo.territory(["gate", "--base", "main", "--head", "agent/tax-agent", "--format", "json"])
        #expect(gate.status == 1, "\(gate.stdout)\(gate.stderr)")
        #expect(try JSONReport(gate.stdout).findingLines == ["outside-territory tax-agent src/invoice/total.py"])

        let guarded = try repo.territory(["guard", "--agent", "tax-agent"], input: GuardInput.claude(
            "Write", ["file_path": repo.path + "/src/invoice/x.py", "content": "x"], cwd: repo.path))
        #expect(GuardInput.claudeDecision(guarded) == "deny", "\(guarded.stdout)\(guarded.stderr)")

        _ = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        try repo.git("checkout", "-q", "-b", "agent/invoice-agent")
        try repo.write("src/tax/rate.py", "crossing\n")
        try repo.git("add", "-A")
        let commit = try Shell.run("/usr/bin/git", ["commit", "-q", "-m", "x"], in: repo.root, environment: HookEnvironment.binary)
        #expect(commit.status != 0, "\(commit.stdout)\(commit.stderr)")
        #expect(commit.stderr.contains("src/tax/rate.py"), "\(commit.stderr)")
    }

    @Test func plansNamedLikeAssignmentsAreFoundAnywhereButInVendoredFolders() throws {
        let repo = try GitRepository()
        try repo.write(".claude/orchestration/agent-assignments.md", Self.agents)
        try repo.write("vendor/lib/agent-assignments.md", Self.agents)
        try repo.write("node_modules/x/AGENT_ASSIGNMENTS.md", Self.agents)
        try repo.write(".context-kit/_ref/old/agent-assignments.md", Self.agents)
        try repo.commitAll("one plan, three vendored")
        let found = try repo.territory(["show", "--format", "json"])
        #expect((try JSONReport(found.stdout).object["plan"] as? [String: Any])?["file"] as? String
            == ".claude/orchestration/agent-assignments.md", "\(found.stdout)\(found.stderr)")
        try repo.write("planning/Agent_Assignment_v2.md", Self.agents)
        try repo.write("docs/WORK_ASSIGNMENT.md", Self.agents)
        try repo.commitAll("two more")
        let several = try repo.territory(["show"])
        #expect(several.status == 2)
        for path in [".claude/orchestration/agent-assignments.md", "docs/WORK_ASSIGNMENT.md"] {
            #expect(several.stderr.contains(path), "\(path): \(several.stderr)")
        }
        // Plan-named files elsewhere are looked for only when the usual places hold none (the
        // whole tree is not listed on every hook).
        #expect(!several.stderr.contains("planning/Agent_Assignment_v2.md"))
        try repo.git("rm", "-q", ".claude/orchestration/agent-assignments.md", "docs/WORK_ASSIGNMENT.md")
        try repo.commitAll("only the one elsewhere")
        let elsewhere = try repo.territory(["show", "--format", "json"])
        #expect((try JSONReport(elsewhere.stdout).object["plan"] as? [String: Any])?["file"] as? String
            == "planning/Agent_Assignment_v2.md", "\(elsewhere.stdout)\(elsewhere.stderr)")
    }

    @Test func nothingFoundListsWhatWasSearched() throws {
        let repo = try GitRepository()
        try repo.write("README.md", "no plan\n")
        try repo.commitAll("no plan")
        let result = try repo.territory(["show"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("docs/orchestration/*/"), "\(result.stderr)")
        #expect(result.stderr.contains("*agent*assign*.md"), "\(result.stderr)")
        #expect(result.stderr.contains("node_modules/"), "\(result.stderr)")
    }
}
