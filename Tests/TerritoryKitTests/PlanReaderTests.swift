import Testing
import TerritoryKit

/// Reader behaviour on small plans written inline, one rule per test.
@Suite struct PlanReaderTests {
    func read(_ text: String) -> Plan { PlanReader().read(text: text, file: "plans/x/agent-assignments.md") }

    func patterns(_ plan: Plan, _ access: Access, agent index: Int = 0) -> [String] {
        guard plan.agents.indices.contains(index) else { return [] }
        return plan.agents[index].entries(access).map(\.pattern)
    }

    @Test func aLabelEndsTheHeadingsClassAndTheNextHeadingEndsTheLabel() {
        let plan = read("""
            ## Agent 1: api-agent
            ### Territory
            - `src/api/`
            **Read-Only Access**:
            - `src/types.py`
            **Responsibilities**:
            - `src/not-listed.py`
            ### Shared
            - `src/server.py`
            """)
        #expect(patterns(plan, .write) == ["src/api/"])
        #expect(patterns(plan, .read) == ["src/types.py"])
        #expect(patterns(plan, .shared) == ["src/server.py"])
        #expect(plan.agents.first?.entries.map(\.location.line) == [3, 5, 9])
    }

    @Test func aDeeperUnclassifiedHeadingKeepsTheTerritoryClass() {
        let plan = read("## Agent 1: api-agent\n### Territory\n#### Backend\n- `src/api/`\n### Validation\n- `src/x.py`")
        #expect(patterns(plan, .write) == ["src/api/"])
    }

    @Test func textBeforeTheFirstAgentAndAfterANonAgentHeadingIsIgnored() {
        let plan = read("""
            **Territory**: `intro/a.py`
            ## Agent 1: api-agent
            **Territory**: `src/a.py`
            ## Integration
            **Territory**: `outro/a.py`
            - `outro/b.py`
            """)
        #expect(plan.agents.count == 1)
        #expect(patterns(plan, .write) == ["src/a.py"])
    }

    @Test func plainColonLabelsStartAndEndLists() {
        let plan = read("### Agent A: Contracts\n\nOwns:\n\n- `contracts/`\n\nTasks:\n\n- `contracts/ignored.json`")
        #expect(plan.agents.first?.id == "contracts")
        #expect(patterns(plan, .write) == ["contracts/"])
    }

    @Test func explicitIdWinsWhereverItIsInTheSection() {
        let plan = read("## Agent 7: Data Layer\n### Territory\n- `db/`\n**Agent ID:** `data-agent`")
        #expect(plan.agents.first?.id == "data-agent")
        #expect(plan.agents.first?.aliases == ["7", "agent-7", "Data Layer", "data"])
        #expect(plan.agent(named: "agent-7")?.id == "data-agent")
        #expect(plan.agent(named: "Data Layer")?.id == "data-agent")
    }

    @Test func thirdDuplicateGetsSuffixThree() {
        let plan = read("## api-agent\n## api-agent\n## api-agent")
        #expect(plan.agents.map(\.id) == ["api-agent", "api-agent-2", "api-agent-3"])
        #expect(plan.diagnostics.map(\.code) == ["duplicate-agent", "duplicate-agent"])
        #expect(plan.diagnostics.map(\.location.line) == [2, 3])
    }

    @Test func aRepeatedKebabHeadingUnderALaterSectionContinuesTheAgent() {
        let plan = read("## Territory\n### api-agent\n- `src/api/`\n## Success Criteria\n### api-agent\n**Owns**: `src/extra.py`")
        #expect(plan.agents.map(\.id) == ["api-agent"])
        #expect(patterns(plan, .write) == ["src/api/", "src/extra.py"])
    }

    @Test func wavesComeFromHeadingsFieldsAndWaveLabels() {
        let plan = read("""
            ## Wave 2: Build
            ### ui-agent
            #### Wave Assignments
            - **Wave 3:** polish
            ## Wave 4
            ## Agent 9: late-agent
            **Wave 5** - after review
            # Appendix
            ## Agent 10: free-agent
            """)
        #expect(plan.agents.map(\.waves) == [[2, 3], [4, 5], []])
    }

    @Test func unresolvableAndRouteDiagnosticsCarryTheirLines() {
        let plan = read("## Agent 1: api-agent\n### Territory\n- `~/x.json`\n- `/api/users/{id}`\n- `src/ok.py`")
        #expect(plan.diagnostics.map(\.code) == ["unresolvable-entry", "not-a-path"])
        #expect(plan.diagnostics.map(\.severity) == [.warning, .note])
        #expect(plan.diagnostics.map(\.location) == [
            SourceLocation(file: "plans/x/agent-assignments.md", line: 3),
            SourceLocation(file: "plans/x/agent-assignments.md", line: 4),
        ])
        #expect(patterns(plan, .write) == ["src/ok.py"])
    }

    @Test func fencedListsUnderALabelAreEntriesButCodeBlocksAreNot() {
        let plan = read("## Agent 1: api-agent\n### Territory\n```\nsrc/a.py\n```\n```bash\nsrc/b.py\n```")
        #expect(patterns(plan, .write) == ["src/a.py"])
    }
}
