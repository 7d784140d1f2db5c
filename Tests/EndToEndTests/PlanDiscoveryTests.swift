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
}
