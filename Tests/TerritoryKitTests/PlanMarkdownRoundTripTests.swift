import Foundation
import Testing
import TerritoryKit

/// `show --format markdown` writes the canonical form; reading it again gives the same agents
/// and entries, for every fixture plan whatever its layout.
@Suite struct PlanMarkdownRoundTripTests {
    static var fixtures: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: PlanFixtureTests.fixturesRoot.path))?.sorted() ?? []
    }

    /// What must survive: ids, waves, branches, and every entry's pattern and access.
    static func essence(_ plan: Plan) -> [String] {
        plan.agents.map { agent in
            let entries = agent.entries.map { "\($0.access.rawValue):\($0.pattern)" }.sorted()
            return "\(agent.id) waves=\(agent.waves) branch=\(agent.branch ?? "-") " + entries.joined(separator: " ")
        }
    }

    @Test func everyFixtureSurvivesNormalisation() throws {
        #expect(Self.fixtures.count >= 5)
        for name in Self.fixtures {
            let url = PlanFixtureTests.fixturesRoot.appendingPathComponent(name).appendingPathComponent("agent-assignments.md")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let file = ".context-kit/orchestration/\(name)/agent-assignments.md"
            let first = PlanReader().read(text: text, file: file)
            let normalised = PlanMarkdownWriter().render(first, source: "test")
            let second = PlanReader().read(text: normalised, file: file)
            #expect(Self.essence(second) == Self.essence(first), "\(name) changed when normalised:\n\(normalised)")
            #expect(!second.diagnostics.contains { $0.severity == .warning }, "\(name): the canonical form reads without warnings")
        }
    }
}
