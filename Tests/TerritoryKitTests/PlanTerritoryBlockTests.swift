import Testing
import TerritoryKit

/// The exact form: ```territory blocks override the heuristics for the agents they name.
@Suite struct PlanTerritoryBlockTests {
    static let text = """
        ## Agent 1: api-agent
        ### Territory
        - `src/everything/**`

        ```territory
        agent: api-agent
        wave: 2
        branch: `agent/api`
        write: src/api/**, tests/api/
        read:
          - src/shared/types.ts   # the interface
        shared: CHANGELOG.md (append-only)

        agent: ops-agent
        name: Operations
        forbidden: secrets/
        write:
          - `!deploy/generated/**`
          - deploy/
          - ~/notes.md
        colour: blue
        ```
        """

    @Test func blockReplacesEntriesAndAddsAgents() throws {
        let plan = PlanReader().read(text: Self.text, file: "plan.md")
        #expect(plan.agents.map(\.id) == ["api-agent", "ops-agent"])
        let api = plan.agents[0]
        #expect(api.waves == [2])
        #expect(api.branch == "agent/api")
        #expect(api.entries.map { "\($0.access.rawValue) \($0.pattern) \($0.location.line)" } == [
            "write src/api/** 9", "write tests/api/ 9", "read src/shared/types.ts 11", "shared CHANGELOG.md 12",
        ])
        #expect(api.entries.last?.annotations == ["append-only"])
        let ops = plan.agents[1]
        #expect(ops.name == "Operations")
        #expect(ops.entries.map(\.pattern) == ["secrets/", "!deploy/generated/**", "deploy/"])
        let problems = plan.diagnostics.filter { $0.code == "territory-block" && $0.severity == .warning }
        #expect(problems.map(\.location.line) == [20, 21])
        #expect(plan.diagnostics.contains { $0.code == "territory-block" && $0.severity == .note && $0.location.line == 6 })
    }
}
