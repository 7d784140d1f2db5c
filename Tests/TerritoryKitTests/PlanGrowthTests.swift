import Testing
@testable import TerritoryKit

/// Reading must stay linear in agents. Time is not asserted (machines vary); the reader's work
/// count is: the drafts and names it looks at to tie headings and summaries to agents. Ten
/// times the agents must cost less than fifteen times the work. Before the drafts were indexed,
/// every heading scanned all earlier drafts, and 20,000 title-case agents took minutes.
@Suite struct PlanGrowthTests {
    /// `count` agents in every heading form that needs a lookup: a numbered heading, a bare kebab
    /// id (which may continue an earlier section), a title-case role and a bare `Agent N` (loose:
    /// they may restate a known agent), a branch heading; then a roster naming some of them and
    /// a later section repeating some kebab headings.
    static func plan(agents count: Int) -> String {
        var lines = ["# Plan", "", "## Agent Roster", "", "| Agent | Wave | Territory |", "|---|---|---|"]
        for index in stride(from: 0, to: count, by: 10) { lines.append("| gen-\(index + 1)-agent | 1 | `roster/\(index)/` |") }
        for index in 0..<count {
            switch index % 5 {
            case 0: lines.append("## Agent \(index): code-\(index)-agent")
            case 1: lines.append("## gen-\(index)-agent")
            case 2: lines.append("## Service\(index) Agent")
            case 3: lines.append("## Agent \(index)")
            default: lines.append("### `feature/gen-\(index)`")
            }
            lines += ["**Territory**: `src/a\(index)/`", "- `tests/a\(index)/**/*.py`", ""]
        }
        lines += ["## Success Criteria"]
        for index in stride(from: 1, to: count, by: 50) { lines += ["### gen-\(index)-agent", "**Owns**: `extra/a\(index).py`"] }
        return lines.joined(separator: "\n")
    }

    static func work(agents count: Int) -> (work: Int, plan: Plan) {
        var work = 0
        let plan = PlanReader().read(text: plan(agents: count), file: "plans/big/agent-assignments.md", work: &work)
        return (work, plan)
    }

    @Test func readerWorkGrowsLinearlyWithAgents() {
        let small = Self.work(agents: 500)
        let large = Self.work(agents: 5_000)
        #expect(small.plan.agents.count == 500)
        #expect(large.plan.agents.count == 5_000)
        #expect(large.plan.agents.allSatisfy { !$0.entries(.write).isEmpty })
        // Repeated kebab headings continued their agents; roster rows found theirs.
        #expect(large.plan.agents.first { $0.id == "gen-51-agent" }?.entries(.write).map(\.pattern).contains("extra/a51.py") == true)
        #expect(large.plan.agents.first { $0.id == "gen-11-agent" }?.entries(.write).map(\.pattern).contains("roster/10/") == true)
        #expect(small.work > 0)
        #expect(large.work < small.work * 15, "work \(small.work) → \(large.work) for 10× the agents")
    }
}
