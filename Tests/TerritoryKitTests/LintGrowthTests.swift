import Testing
@testable import TerritoryKit

/// Lint must stay near-linear in entries. Time is not asserted; the work is: the pattern pairs
/// the overlap search looks at, and the candidates the pattern set verifies for every tracked
/// file. Ten times the entries must cost less than fifteen times the work. Before, every write
/// entry was intersected with every other (2,000 entries took 10 s, 10,000 over five minutes),
/// and `lib/<agent>/**/*.ts` was keyed by `ts`, so each `.ts` file was verified against all.
@Suite struct LintGrowthTests {
    /// `agents` agents of four write entries each, in four waves, plus a docs agent that owns
    /// `**/*.md` and so meets every agent; a tracked file for most entries.
    static func plan(agents count: Int) -> (plan: Plan, files: [String]) {
        let file = "plans/big/agent-assignments.md"
        func entry(_ pattern: String, _ line: Int) -> Entry {
            Entry(pattern: pattern, access: .write, location: SourceLocation(file: file, line: line))
        }
        var agents: [Agent] = []
        var files: [String] = []
        for index in 0..<count {
            let line = index * 5 + 1
            agents.append(Agent(id: "lint-\(index)-agent", name: "lint-\(index)-agent", waves: [index % 4 + 1],
                                location: SourceLocation(file: file, line: line), entries: [
                entry("src/m\(index)/", line + 1), entry("lib/m\(index)/**/*.ts", line + 2),
                entry("docs/m\(index).md", line + 3), entry("tests/m\(index)/test_*.py", line + 4),
            ]))
            files += ["src/m\(index)/main.py", "docs/m\(index).md", "lib/m\(index)/deep/x.ts"]
        }
        agents.append(Agent(id: "docs-agent", name: "docs-agent", waves: [1], location: SourceLocation(file: file, line: count * 5 + 1),
                            entries: [entry("**/*.md", count * 5 + 2)]))
        return (Plan(file: file, agents: agents), files)
    }

    static func work(agents count: Int) -> (overlapVisits: Int, verified: Int, overlaps: Int) {
        let (plan, files) = plan(agents: count)
        let map = TerritoryMap(plan: plan)
        var finder = OverlapFinder(map: map, files: Set(files))
        let overlaps = finder.findings([:])
        let set = PatternSet(map.allEntries.map(\.entry.pattern))
        var verified = 0
        var hits: [Int] = []
        for path in files { set.collect(path, into: &hits, stopAtFirst: false, verified: &verified) }
        return (finder.visits, verified, overlaps.count)
    }

    @Test func lintWorkGrowsLinearlyWithEntries() {
        let small = Self.work(agents: 250)
        let large = Self.work(agents: 2_500)
        // `**/*.md` meets each of an agent's four entries (`src/m1/x.md`, `lib/m1/x.md/x.ts`, …):
        // one finding per agent, under the one broad entry.
        #expect(small.overlaps == 250)
        #expect(large.overlaps == 2_500)
        #expect(large.overlapVisits < small.overlapVisits * 15, "pairs \(small.overlapVisits) → \(large.overlapVisits)")
        #expect(large.verified < small.verified * 15, "verifications \(small.verified) → \(large.verified)")
    }

    @Test func prefixBucketMatchesOnlyBeneathItsPrefix() {
        let set = PatternSet(["lib/m1/**/*.ts", "lib/m2/**/*.ts", "tests/m1/test_*.py", "packages/*/src"])
        #expect(set.matches("lib/m1/a/b.ts") == [0])
        #expect(set.matches("lib/m1/b.ts") == [0])
        #expect(set.matches("lib/m1") == [])
        #expect(set.matches("lib/m10/b.ts") == [])
        #expect(set.matches("tests/m1/test_a.py") == [2])
        #expect(set.matches("packages/x/src/a.ts") == [3])
    }
}
