import Foundation
import Testing
import TerritoryKit

/// Feeds the reader ~2,000 damaged plans. It must not trap, and what it returns must stay
/// plausible: every location inside the text, every agent with an id.
@Suite struct PlanRobustnessTests {
    /// A small deterministic generator, so a failure reproduces.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func seedTexts() throws -> [String] {
        try PlanFixtureTests.names.flatMap { name in try PlanFixtureTests.files(name).map(\.text) }
    }

    static func mutate(_ text: String, kind: Int, using rng: inout SplitMix) -> String {
        var lines = text.components(separatedBy: "\n")
        switch kind {
        case 0:  // truncated at a random byte, decoded leniently
            let bytes = Array(text.utf8)
            return String(decoding: bytes.prefix(Int.random(in: 0...bytes.count, using: &rng)), as: UTF8.self)
        case 1:
            lines.shuffle(using: &rng)
        case 2:  // random bytes spliced in
            var bytes = Array(text.utf8)
            for _ in 0..<Int.random(in: 1...40, using: &rng) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            return String(decoding: bytes, as: UTF8.self)
        case 3:  // lines duplicated and dropped
            for _ in 0..<Int.random(in: 1...10, using: &rng) where !lines.isEmpty {
                let index = Int.random(in: 0..<lines.count, using: &rng)
                if Bool.random(using: &rng) { lines.insert(lines[index], at: index) } else { lines.remove(at: index) }
            }
        default:  // markdown punctuation sprinkled into lines
            let marks = ["`", "**", "#", "- ", "|", "(", "[", "{", "~/", "../", "```", ":", "—", "🤖", "\r"]
            for _ in 0..<Int.random(in: 1...20, using: &rng) where !lines.isEmpty {
                let index = Int.random(in: 0..<lines.count, using: &rng)
                let mark = marks[Int.random(in: 0..<marks.count, using: &rng)]
                lines[index] = Bool.random(using: &rng) ? mark + lines[index] : lines[index] + mark
            }
        }
        return lines.joined(separator: "\n")
    }

    static func checkPlausible(_ plan: Plan, text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let lineCount = MarkdownLineCount.of(text)
        var ids: Set<String> = []
        for agent in plan.agents {
            #expect(!agent.id.isEmpty, sourceLocation: sourceLocation)
            #expect(ids.insert(agent.id).inserted, "duplicate id \(agent.id)", sourceLocation: sourceLocation)
            #expect((1...lineCount).contains(agent.location.line), sourceLocation: sourceLocation)
            for entry in agent.entries {
                #expect((1...lineCount).contains(entry.location.line), sourceLocation: sourceLocation)
                #expect(!entry.pattern.isEmpty, sourceLocation: sourceLocation)
            }
        }
        for diagnostic in plan.diagnostics {
            #expect((1...lineCount).contains(diagnostic.location.line), sourceLocation: sourceLocation)
        }
    }

    @Test func twoThousandMutatedPlansReadWithoutTrouble() throws {
        let seeds = try Self.seedTexts()
        var rng = SplitMix(state: 0x7E44_1702)
        var agentsSeen = 0
        for round in 0..<2_000 {
            let text = Self.mutate(seeds[round % seeds.count], kind: round % 5, using: &rng)
            let plan = PlanReader().read(text: text, file: "plans/p\(round)/agent-assignments.md")
            Self.checkPlausible(plan, text: text)
            agentsSeen += plan.agents.count
        }
        // Mutations damage plans but most still have agents; zero would mean the reader gave up.
        #expect(agentsSeen > 2_000)
    }

    /// Huge lines and deep nesting are read whole. How the reader's work grows with plan size is
    /// measured (not timed) in `PlanGrowthTests`.
    @Test func hugeLinesAndDeepNestingAreReadWhole() {
        let long = "- `" + String(repeating: "src/a", count: 20_000) + "` " + String(repeating: "(x", count: 10_000)
        let nested = (0..<500).map { String(repeating: "  ", count: $0) + "- `src/n\($0).py` (new)" }.joined(separator: "\n")
        let heading = "## Agent 1: " + String(repeating: "very-long-", count: 10_000) + "agent"
        let text = "## Agent 1: big-agent\n### Territory\n\(long)\n\(nested)\n\(heading)\n**Territory**: "
            + String(repeating: "`x/y.py`, ", count: 5_000)
        let plan = PlanReader().read(text: text, file: "p/agent-assignments.md")
        Self.checkPlausible(plan, text: text)
        #expect(plan.agents.count == 2)
        #expect(plan.agents.first?.entries.count == 501)
        #expect(plan.agents.last?.entries.count == 5_000)
    }

    @Test func emptyAndDegenerateTexts() {
        for text in ["", "\n", "\r\n\r\n", "```", "## ", "**", "`", "- ", "| |", String(repeating: "#", count: 1_000)] {
            let plan = PlanReader().read(text: text, file: "agent-assignments.md")
            #expect(plan.agents.isEmpty, "\(text.debugDescription)")
            Self.checkPlausible(plan, text: text)
        }
    }
}

/// How many lines the reader sees in a text: `\n` and `\r\n` end lines; a final empty line counts.
enum MarkdownLineCount {
    static func of(_ text: String) -> Int {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).count
    }
}
