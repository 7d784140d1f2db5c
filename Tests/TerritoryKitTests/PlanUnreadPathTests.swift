import Testing
import TerritoryKit

/// A line under an agent that names a path but gives no entry becomes an `unread-path`
/// diagnostic: the reader may skip it, but it says so.
@Suite struct PlanUnreadPathTests {
    func read(_ text: String) -> Plan { PlanReader().read(text: text, file: "plans/x/agent-assignments.md") }

    func unread(_ plan: Plan) -> [Int] { plan.diagnostics.filter { $0.code == "unread-path" }.map(\.location.line) }

    @Test func pathsUnderOtherLabelsAndHeadingsAreNoted() {
        let plan = read("""
            ## Agent 1: api-agent
            **Territory**: `src/api/`
            **Dependencies**: `src/shared/types.ts` from Agent 2
            ### Responsibilities
            - Implement `src/api/handler.py` first
            - Then wire it into lib/server/routes/index.ts
            | Step | Output |
            |---|---|
            | 1 | `docs/api.md` |
            """)
        #expect(plan.agents.first?.entries.map(\.pattern) == ["src/api/"])
        #expect(unread(plan) == [3, 5, 6, 9])
        #expect(plan.diagnostics.allSatisfy { $0.severity == .note })
        #expect(plan.diagnostics.first?.message.contains("`src/shared/types.ts`") == true)
    }

    @Test func fieldsProseAndTextOutsideAgentsAreNotNoted() {
        let plan = read("""
            See `docs/overview.md` before starting.
            ## Agent 1: api-agent
            **Branch**: `agent/api-agent`
            **Agent ID**: api-agent
            **Territory**: `src/api/`
            ### Notes
            - Keep the client/server split and/or the REST style.
            - Run `npm test` before committing.
            """)
        #expect(plan.diagnostics.isEmpty, "\(plan.diagnostics)")
        #expect(plan.agents.first?.branch == "agent/api-agent")
    }

    @Test func anUnlabelledListingIsOneNote() throws {
        let plan = read("""
            ## Agent 1: api-agent
            **Territory**: `src/api/`
            ### Layout
            ```
            src/api/
            ├── handler.py
            └── routes.py
            ```
            ```bash
            mkdir -p src/api/v2
            ```
            """)
        #expect(plan.agents.first?.entries.map(\.pattern) == ["src/api/"])
        let note = try #require(plan.diagnostics.first)
        #expect(plan.diagnostics.count == 1)
        #expect(note.code == "unread-path" && note.location.line == 6)
        #expect(note.message.contains("lines 6–7") && note.message.contains("2 paths"))
    }

    @Test func aPathShapedItemThatCannotBeReadIsAWarning() throws {
        let plan = read("## Agent 1: api-agent\n### Territory\n- `src/api/my handler.py`\n- `npm run build`")
        #expect(plan.agents.first?.entries.isEmpty == true)
        let warning = try #require(plan.diagnostics.first)
        #expect(plan.diagnostics.count == 1)
        #expect(warning.code == "unread-path" && warning.severity == .warning && warning.location.line == 3)
    }
}
