import Testing
import TerritoryKit

/// Plans at the sizes a pre-commit hook must not notice: a generated 10,000-line plan in every
/// layout the reader knows, deep ASCII trees and huge tables. Counts are checked, time is not
/// (CI machines vary); the release-build figure is in the README.
@Suite struct PlanScaleTests {
    /// 200 agents × 50 lines: a roster row each, then sections mixing bullets, an inline label,
    /// a fenced tree and a table.
    static func tenThousandLinePlan() -> String {
        var lines = ["# Generated plan", "", "## Agent Roster", "", "| Agent ID | Wave | Files Owned |", "|---|---|---|"]
        for agent in 0..<200 { lines.append("| gen-\(agent)-agent | \(agent % 4) | `roster/\(agent)/` |") }
        for agent in 0..<200 {
            lines += ["", "## Agent \(agent): gen-\(agent)-agent", "**Wave:** \(agent % 4)", "", "### Territory"]
            for file in 0..<10 { lines.append("- `src/a\(agent)/f\(file).py` (new)") }
            lines += ["", "**Owned Files:** `lib/a\(agent)/x.py`, `lib/a\(agent)/y.py`", "", "**File Ownership:**", "```", "pkg\(agent)/"]
            for file in 0..<10 { lines.append("├── mod\(file)/") ; lines.append("│   └── m\(file).py  [CREATE]") }
            lines += ["```", "", "| File | Purpose |", "|---|---|"]
            for file in 0..<5 { lines.append("| `tab/a\(agent)/t\(file).py` | table entry |") }
            lines += ["", "**Read-Only Access**:", "- `shared/types.py`"]
        }
        while lines.count < 10_000 { lines.append("Filler prose line that names no path at all.") }
        return lines.joined(separator: "\n")
    }

    @Test func tenThousandLinePlanReadsEveryAgentAndEntry() {
        let text = Self.tenThousandLinePlan()
        #expect(MarkdownLineCount.of(text) >= 10_000)
        let plan = PlanReader().read(text: text, file: "plans/big/agent-assignments.md")
        #expect(plan.agents.count == 200)
        // 10 bullets + 2 inline + 10 tree leaves + 5 table rows + 1 roster folder per agent.
        #expect(plan.agents.allSatisfy { $0.entries(.write).count == 28 })
        #expect(plan.agents.allSatisfy { $0.entries(.read).count == 1 })
        #expect(!plan.diagnostics.contains { $0.code == "contradiction" || $0.code == "duplicate-agent" })
    }

    @Test func deepTreesAndHugeTablesStayBounded() {
        var tree = ["## Agent 1: deep-agent", "### Territory", "```"]
        for depth in 0..<2_000 { tree.append(String(repeating: "│   ", count: depth) + "├── d\(depth)/") }
        tree.append(String(repeating: "    ", count: 2_000) + "leaf.py")
        tree.append("```")
        var table = ["## Matrix", "| Agent | Wave | Territory |", "|---|---|---|"]
        for row in 0..<5_000 { table.append("| lane-\(row % 50)-agent | 1 | `t/\(row).py`<br>`u/\(row).py`, `v/\(row).py` |") }
        let text = (tree + table).joined(separator: "\n")
        let plan = PlanReader().read(text: text, file: "p/agent-assignments.md")
        PlanRobustnessTests.checkPlausible(plan, text: text)
        // Past FencedPathBlock.maximumDepth folders are no longer nested: the few nodes there are
        // read against the deepest folder kept, still inside the tree's root.
        let deep = plan.agents.first?.entries.map(\.pattern) ?? []
        #expect(!deep.isEmpty && deep.count <= 2)
        #expect(deep.allSatisfy { $0.hasPrefix("d0/d1/d2/") })
        #expect(plan.agents.count == 51)
        #expect(plan.agents.dropFirst().reduce(0) { $0 + $1.entries.count } == 15_000)
    }
}
