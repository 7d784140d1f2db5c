import Testing
@testable import TerritoryKit

@Suite struct PlanIdentityTests {
    @Test func headingDecorationIsStripped() {
        #expect(HeadingText.plain("🤖 **Agent 1: AI Voice Agent**") == "Agent 1: AI Voice Agent")
        #expect(HeadingText.plain("1. `specification-agent`") == "specification-agent")
        #expect(HeadingText.plain("🔐 Agent 1: **SECURITY_SPECIALIST** (Alex)") == "Agent 1: SECURITY_SPECIALIST (Alex)")
        #expect(HeadingText.plain("2025 plan") == "2025 plan")
    }

    @Test(arguments: [
        ("Agent 1: backend-api-agent", "1", "backend-api-agent", "backend-api-agent"),
        ("Agent 2 — Runtime / Reverse Engineering", "2", "Runtime / Reverse Engineering", nil),
        ("Agent 1-A: Parser Core", "1-A", "Parser Core", nil),
        ("Agent Alpha - Shell", "Alpha", "Shell", nil),
        ("Agent UI-1 – Buttons", "UI-1", "Buttons", nil),
        ("Agent C: ui-shell (with notes)", "C", "ui-shell (with notes)", "ui-shell"),
    ] as [(String, String, String, String?)])
    func agentHeadings(text: String, code: String, name: String, kebab: String?) {
        #expect(AgentHeading.parse(text) == AgentHeading(code: code, name: name, kebabId: kebab))
    }

    @Test(arguments: [
        "Agent Roster (6 Agents)", "Agent Assignments: Docling", "Agent 1 -Name", "agent-roster",
        "Workflow for Each Agent", "Agent-a: x", "agent-assignments",
    ])
    func notAgentHeadings(text: String) {
        #expect(AgentHeading.parse(text) == nil)
    }

    @Test func headingRolesSkipSummariesAndFindWaves() {
        #expect(HeadingRole.classify(text: "Agent 1: File Ownership Matrix", level: 2) == .other)
        #expect(HeadingRole.classify(text: "**Wave 1: Foundation (3 agents)**", level: 2) == .wave([1]))
        #expect(HeadingRole.classify(text: "Wave 2-3 Agents", level: 3) == .wave([2, 3]))
        #expect(HeadingRole.classify(text: "Agent 1: api-agent", level: 1) == .other)
        #expect(HeadingRole.classify(text: "Agent 1: api-agent", level: 5) == .other)
        #expect(HeadingRole.classify(text: "data-layer-agent", level: 4)
            == .agent(AgentHeading(code: nil, name: "data-layer-agent", kebabId: "data-layer-agent")))
    }

    @Test func slugsAndAliases() {
        #expect(AgentIdentity.slug("Backend Specification Agent") == "backend-specification-agent")
        #expect(AgentIdentity.slug("  SECURITY_SPECIALIST (Alex) ") == "security-specialist-alex")
        #expect(AgentIdentity.slug("データ基盤") == "")
        #expect(AgentIdentity.aliases(id: "api-agent", code: "1", name: "API Agent", headingId: nil)
            == ["1", "agent-1", "API Agent", "api"])
        #expect(AgentIdentity.aliases(id: "api-agent", code: nil, name: "api-agent", headingId: "api-agent") == ["api"])
    }

    @Test func waveLists() {
        #expect(WaveList.parse("1") == [1])
        #expect(WaveList.parse("1, 3") == [1, 3])
        #expect(WaveList.parse("3-4") == [3, 4])
        #expect(WaveList.parse("2 & 1 and 5 (after review)") == [1, 2, 5])
        #expect(WaveList.parse("1: Foundation (3 agents)") == [1])
        #expect(WaveList.parse("TBD").isEmpty)
        #expect(WaveList.parse("1-9999").count == WaveList.maximumRange + 1)
        #expect(WaveList.parse("1-99999") == [1])
        #expect(WaveList.parse("99999999999999999999").isEmpty)
    }
}
