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
        "roster-japanese", "roster-spanish", "roster-german", "roster-chinese", "roster-korean", "table-agents", "task-steps", "team-tasks", "prose-limits",
    ]

    /// Main plan file names in the order the command prefers them: `agent-assignments.md`, else
    /// `orchestration-plan.md`.
    static let mainFileNames = ["agent-assignments.md", "AGENT_ASSIGNMENTS.md", "orchestration-plan.md"]

    /// The plan files of a fixture: every markdown file of its folder, whatever its name, main
    /// file first, then the others by name (read together, as the command reads a plan and its
    /// `orchestration-plan.md`). Throws, naming the fixture, when it has no markdown file or one
    /// cannot be read, so that no fixture drops out of the tests unseen.
    static func files(_ name: String) throws -> [(path: String, text: String)] {
        let folder = fixturesRoot.appendingPathComponent(name)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw FixtureError("fixture \(name): cannot list \(folder.path): \(error)")
        }
        let rank = { (file: String) in mainFileNames.firstIndex(of: file) ?? mainFileNames.count }
        let plans = names.filter { $0.hasSuffix(".md") }.sorted { (rank($0), $0) < (rank($1), $1) }
        guard !plans.isEmpty else { throw FixtureError("fixture \(name) has no plan: no .md file in \(folder.path)") }
        return try plans.map { file in
            do {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                return (".context-kit/orchestration/\(name)/\(file)", text)
            } catch {
                throw FixtureError("fixture \(name): cannot read \(file): \(error)")
            }
        }
    }

    struct FixtureError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
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
