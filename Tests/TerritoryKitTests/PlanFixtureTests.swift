import Foundation
import Testing
import TerritoryKit

/// Each fixture plan under `Fixtures/plans/<name>/` is read and compared with its hand-checked
/// `expected.txt`. `RECORD_PLAN_FIXTURES=1 swift test` rewrites the expectations; review the diff.
@Suite struct PlanFixtureTests {
    static let fixturesRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/plans")

    static let names = ["canonical", "titled-agents", "wave-sections", "inline-labels", "edge-entries"]

    static func read(_ name: String) throws -> Plan {
        let url = fixturesRoot.appendingPathComponent(name).appendingPathComponent("agent-assignments.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        return PlanReader().read(text: text, file: ".context-kit/orchestration/\(name)/agent-assignments.md")
    }

    @Test(arguments: names)
    func fixtureMatchesExpectedSummary(name: String) throws {
        let summary = PlanSummary.render(try Self.read(name))
        let expectedURL = Self.fixturesRoot.appendingPathComponent(name).appendingPathComponent("expected.txt")
        if ProcessInfo.processInfo.environment["RECORD_PLAN_FIXTURES"] == "1" {
            try summary.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(summary == expected, "\(name): reader output differs from expected.txt")
    }

    @Test func everyFixtureDirectoryIsChecked() throws {
        let found = try FileManager.default.contentsOfDirectory(atPath: Self.fixturesRoot.path)
            .filter { !$0.hasPrefix(".") }.sorted()
        #expect(found == Self.names.sorted())
    }
}
