import Foundation
import Testing
import TerritoryKit

/// Every format written from one shared report, compared with golden files in Golden/.
/// `RECORD_SNAPSHOTS=1 swift test --filter ReporterGoldenTests` re-records them; review the diff.
@Suite struct ReporterGoldenTests {
    static let report: Report = {
        let findings = RuleFixture.check("api-agent", [
            RuleFixture.modified("src/ui/App.tsx"), RuleFixture.modified("src/shared/types.ts"),
            ChangedPath(status: .renamed, path: "src/api/x.py", oldPath: "src/ui/x.py"),
        ]) + RuleFixture.check("docs-agent", [ChangedPath(status: .added, path: "scripts/x.sh")])
        return Report(
            command: "check", planFile: RuleFixture.file, planSource: "main@1234567", base: "main@1234567",
            agents: [
                CheckedAgent(id: "api-agent", branch: "agent/api-agent", mapping: "pattern agent/{id}", mergeBase: "1234567", changedPaths: 3),
                CheckedAgent(id: "docs-agent", branch: "agent/docs-agent", mapping: "pattern agent/{id}", mergeBase: "1234567", changedPaths: 1),
                CheckedAgent(id: "ui-agent", branch: "agent/ui-agent", mapping: "pattern agent/{id}", mergeBase: "1234567", changedPaths: 2),
            ],
            findings: findings)
    }()

    @Test func text() throws { try Golden.assert(TextReporter().render(Self.report), named: "check.txt") }
    @Test func json() throws { try Golden.assert(JSONReporter().render(Self.report), named: "check.json") }
    @Test func colorOnlyWhenAsked() {
        #expect(TextReporter(style: TerminalStyle(enabled: true)).render(Self.report).contains("\u{1B}[1;31m"))
        #expect(!TextReporter().render(Self.report).contains("\u{1B}"))
    }
    @Test func sarif() throws { try Golden.assert(SarifReporter(toolVersion: "0.1.0").render(Self.report), named: "check.sarif") }
    @Test func github() throws { try Golden.assert(GitHubReporter().render(Self.report), named: "check.github.txt") }
    @Test func githubStepSummary() throws {
        try Golden.assert(GitHubReporter().summaryMarkdown(Self.report), named: "check.github-summary.md")
    }
    @Test func junit() throws { try Golden.assert(JUnitReporter().render(Self.report), named: "check.junit.xml") }
    @Test func markdown() throws { try Golden.assert(MarkdownReporter().render(Self.report), named: "check.md") }
    @Test func showJSON() throws { try Golden.assert(PlanJSONWriter().render(RuleFixture.plan, source: "main@1234567"), named: "show.json") }
    @Test func showText() throws { try Golden.assert(PlanTextWriter().render(RuleFixture.plan, source: "main@1234567"), named: "show.txt") }

    @Test func jsonHasTheFieldsScriptsDependOn() throws {
        let object = try JSONSerialization.jsonObject(with: Data(JSONReporter().render(Self.report).utf8)) as? [String: Any]
        #expect(object?["schemaVersion"] as? Int == 1)
        let finding = (object?["findings"] as? [[String: Any]])?.first
        for key in ["rule", "severity", "agent", "path", "owners", "message", "plan", "hint"] {
            #expect(finding?[key] != nil, "missing \(key)")
        }
        #expect((finding?["plan"] as? [String: Any])?.keys.sorted() == ["file", "line"])
        #expect((object?["summary"] as? [String: Int]) == ["errors": 3, "warnings": 1, "notes": 0])
    }
}
