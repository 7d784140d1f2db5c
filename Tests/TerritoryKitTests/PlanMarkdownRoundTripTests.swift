import Foundation
import Testing
import TerritoryKit

/// `show --format markdown` writes the canonical form; reading it again gives the same agents
/// and entries, for every fixture plan whatever its layout and file names.
@Suite struct PlanMarkdownRoundTripTests {
    /// Every fixture folder (as `PlanFixtureTests.everyFixtureDirectoryIsChecked` counts them).
    static func fixtures() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: PlanFixtureTests.fixturesRoot.path)
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
    }

    /// What must survive: ids, waves, branches, and every entry's pattern and access.
    static func essence(_ plan: Plan) -> [String] {
        plan.agents.map { agent in
            let entries = agent.entries.map { "\($0.access.rawValue):\($0.pattern)" }.sorted()
            return "\(agent.id) waves=\(agent.waves) branch=\(agent.branch ?? "-") " + entries.joined(separator: " ")
        }
    }

    @Test func everyFixtureSurvivesNormalisation() throws {
        let fixtures = try Self.fixtures()
        #expect(fixtures.count >= 5)
        for name in fixtures {
            // A fixture that cannot be read fails by name; it is never skipped.
            let files: [(path: String, text: String)]
            do {
                files = try PlanFixtureTests.files(name)
            } catch {
                Issue.record("\(error)")
                continue
            }
            let first = PlanReader().read(files: files)
            let normalised = PlanMarkdownWriter().render(first, source: "test")
            let second = PlanReader().read(text: normalised, file: first.file)
            #expect(Self.essence(second) == Self.essence(first), "\(name) changed when normalised:\n\(normalised)")
            #expect(!second.diagnostics.contains { $0.severity == .warning }, "\(name): the canonical form reads without warnings")
        }
    }
}
