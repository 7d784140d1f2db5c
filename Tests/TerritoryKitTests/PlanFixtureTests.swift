import Foundation
import Testing
import TerritoryKit

/// Each fixture plan under `Fixtures/plans/<name>/` is read and compared with its hand-checked
/// `expected.txt`. `RECORD_PLAN_FIXTURES=1 swift test` rewrites the expectations; review the diff.
@Suite struct PlanFixtureTests {
    static let fixturesRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/plans")

    static let names = [
        "canonical", "titled-agents", "wave-sections", "inline-labels", "edge-entries", "code-block-lists",
        "ascii-trees", "table-cells", "roster-tables", "other-identities", "non-latin", "orchestration-siblings",
    ]

    /// The plan files of a fixture, main file first: `agent-assignments.md`, then
    /// `orchestration-plan.md` when the fixture has one (read together, as the command does).
    static func files(_ name: String) throws -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        for file in ["agent-assignments.md", "orchestration-plan.md"] {
            let url = fixturesRoot.appendingPathComponent(name).appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            files.append((".context-kit/orchestration/\(name)/\(file)", try String(contentsOf: url, encoding: .utf8)))
        }
        return files
    }

    static func read(_ name: String) throws -> Plan {
        PlanReader().read(files: try files(name))
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
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
        #expect(found == Self.names.sorted())
    }
}
