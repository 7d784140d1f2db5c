import Testing
import TerritoryKit

/// `Plan.enforcementProblems`: what must stop a hook, `check` or the gate with exit 2, each
/// message naming the plan file, the line and the fix.
@Suite struct PlanEnforcementTests {
    static let file = "plans/x/agent-assignments.md"

    func read(_ text: String) -> Plan { PlanReader().read(text: text, file: Self.file) }

    @Test func aPlanEveryAgentOfWhichHasATerritoryHasNoProblems() {
        let plan = read("""
            ## Agent 1: api-agent
            **Territory**: `src/api/`, `!src/api/gen/`
            **Dependencies**: `src/shared/types.ts`
            ## Agent 2: docs-agent
            **Shared**: `CHANGELOG.md` (append-only)
            **Read-Only**: `src/`
            """)
        #expect(plan.enforcementProblems == [])
    }

    @Test func fatalEntriesAreProblemsWithTheirLine() throws {
        let plan = read("## Agent 1: api-agent\n### Territory\n- `src/api/`\n- `{a,`\n- !")
        let problems = plan.enforcementProblems
        #expect(problems.count == 2)
        #expect(problems.first?.hasPrefix("\(Self.file):4: `{a,` in api-agent's write list is not a valid entry") == true)
        #expect(problems.first?.contains("{a,b}") == true, "says how to write it")
        #expect(problems.last?.hasPrefix("\(Self.file):5: ") == true)
    }

    @Test func aPlanWithoutAgents() {
        let problems = read("# Plan\n\nNo agents here.\n").enforcementProblems
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("\(Self.file): the plan defines no agents") == true)
        #expect(problems.first?.contains("territory show") == true)
    }

    @Test func anAgentWithoutTerritoryWhileOthersHaveOne() {
        let plan = read("""
            ## Agent 1: api-agent
            **Territory**: `src/api/`
            ## Agent 2: review-agent
            **Read-Only**: `src/`
            ## Agent 3: empty-agent
            ## Agent 4: negative-agent
            **Territory**: `!src/api/gen/`
            """)
        let problems = plan.enforcementProblems
        #expect(problems.count == 3)
        #expect(problems[0].hasPrefix("agent review-agent has no territory: \(Self.file):3 defines it without write entries"))
        #expect(problems[1].hasPrefix("agent empty-agent has no territory: \(Self.file):5"))
        #expect(problems[2].hasPrefix("agent negative-agent has no territory: \(Self.file):6"))
        #expect(problems.allSatisfy { $0.contains("**Territory**:") })
    }

    @Test func noAgentHasATerritory() {
        let plan = read("## Agent 1: api-agent\n**Read-Only**: `src/`\n## Agent 2: ui-agent\n### Responsibilities\n- build the UI")
        let problems = plan.enforcementProblems
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("\(Self.file): no agent has a territory: none of its 2 agents has a write entry") == true)
    }

    @Test func patternsThatDoNotCompileInAPlanBuiltInCode() {
        let location = SourceLocation(file: Self.file, line: 7)
        let plan = Plan(file: Self.file, agents: [
            Agent(id: "a", name: "a", location: location, entries: [
                Entry(pattern: "src/a/", access: .write, location: location),
                Entry(pattern: "src//b", access: .write, location: location),
                Entry(pattern: "src/{name}/", access: .write, location: location),
            ]),
        ])
        #expect(plan.enforcementProblems.count == 1)
        #expect(plan.enforcementProblems.first?.hasPrefix("\(Self.file):7: `src//b` in a's write list is not a valid pattern") == true)
    }
}
