import Foundation
import Testing
@testable import TerritoryKit

/// Where the line-pinning formats put a finding: line 1 of a changed file, or the plan line of a
/// finding about the plan (everything `lint` reports, and a change of the plan file itself).
@Suite struct ReportAnchorTests {
    static let planFile = RuleFixture.file

    /// What `lint` reports: the finding's path is a pattern, not a file.
    static let lint = Report(
        command: "lint", planFile: planFile, planSource: "HEAD@1234567", base: nil, agents: [],
        findings: [
            Finding(rule: "matches-nothing", severity: .warning, agent: "ui-agent", path: "src/gone/**", message: "matches no file",
                    plan: SourceLocation(file: planFile, line: 17), hint: "fix the entry"),
        ])

    @Test func lintFindingsSitOnTheirPlanLineInEveryFormat() throws {
        let sarif = try #require(JSONSerialization.jsonObject(with: Data(SarifReporter(toolVersion: "1").render(Self.lint).utf8)) as? [String: Any])
        let result = try #require(((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let physical = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: String])?["uri"] == Self.planFile)
        #expect((physical["region"] as? [String: Int])?["startLine"] == 17)
        #expect(result["relatedLocations"] == nil, "the location already is the plan line")
        #expect((result["properties"] as? [String: Any])?["path"] as? String == "src/gone/**")

        #expect(GitHubReporter().render(Self.lint).hasPrefix("::warning file=\(Self.planFile),line=17,title=matches-nothing::"))
        #expect(JUnitReporter().render(Self.lint).contains("file=\"\(Self.planFile)\""))
        let issue = try #require((try JSONSerialization.jsonObject(with: Data(CodeClimateReporter().render(Self.lint).utf8)) as? [[String: Any]])?.first)
        #expect((issue["location"] as? [String: Any])?["path"] as? String == Self.planFile)
        #expect(((issue["location"] as? [String: Any])?["lines"] as? [String: Int])?["begin"] == 17)
    }

    @Test func aChangedFileSitsOnLineOneWithThePlanLineRelated() {
        let crossing = ReporterGoldenTests.report.findings[0]
        #expect(FindingAnchor(crossing, command: "check") == FindingAnchor(file: crossing.path, line: 1))
        let planEdit = Finding(rule: "plan-modified", severity: .error, agent: "ui-agent", path: Self.planFile, message: "m",
                               plan: SourceLocation(file: Self.planFile, line: 3), hint: "h")
        #expect(FindingAnchor(planEdit, command: "gate") == FindingAnchor(file: Self.planFile, line: 3))
    }

    @Test func couldNotCheckIsAnErrorAnnotation() {
        let line = GitHubReporter.fatalAnnotation(message: "unknown revision origin/main", hint: "fetch it: `git fetch origin main`")
        #expect(line == "::error title=territory could not check::unknown revision origin/main%0Afetch it: `git fetch origin main`")
    }
}
