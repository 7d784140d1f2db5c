import Foundation
import Testing
import TerritoryKit

/// Lint scenarios in `Fixtures/lint/<name>/`: a plan, the tree's files, and the findings
/// `territory lint` must give. `RECORD_PLAN_FIXTURES=1` rewrites `expected.txt`.
@Suite struct LintFixtureTests {
    static let root = PlanFixtureTests.fixturesRoot.deletingLastPathComponent().appendingPathComponent("lint")
    static let names = ["overlaps", "hand-offs", "coverage"]

    @Test(arguments: names)
    func scenarioGivesExpectedFindings(name: String) throws {
        let folder = Self.root.appendingPathComponent(name)
        let plan = PlanReader().read(text: try String(contentsOf: folder.appendingPathComponent("plan.md"), encoding: .utf8), file: "plan.md")
        let files = try String(contentsOf: folder.appendingPathComponent("files.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let lines = Linter(plan: plan).lint(files: files).map { finding in
            "\(finding.severity.rawValue) \(finding.rule) \(finding.agent ?? "-") \(finding.path) \(finding.plan?.line ?? 0)"
        }.sorted()
        let text = lines.joined(separator: "\n") + "\n"
        let url = folder.appendingPathComponent("expected.txt")
        if ProcessInfo.processInfo.environment["RECORD_PLAN_FIXTURES"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)), "\(name)")
    }
}
