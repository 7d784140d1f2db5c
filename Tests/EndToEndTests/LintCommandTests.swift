import Foundation
import TestSupport
import Testing

/// `territory lint` on real repositories: the plan against the tree of a ref.
@Suite struct LintCommandTests {
    @Test func scenarioPlanHasOnlyWarnings() throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["lint", "--format", "json"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(try JSONReport(result.stdout).findingLines == ["unowned-file - README.md"])
    }

    @Test func overlappingTerritoriesFailWithTheirLines() throws {
        let repo = try ScenarioPlan.repository()
        try repo.write(ScenarioPlan.path, ScenarioPlan.text + "- `src/ui/**/*.tsx`\n")
        try repo.commitAll("docs-agent also claims the UI components")
        let result = try repo.territory(["lint", "--format", "json"])
        #expect(result.status == 1)
        let overlap = try #require(try JSONReport(result.stdout).finding(rule: "territory-overlap", path: "src/ui/App.tsx"))
        #expect(overlap["owners"] as? [String] == ["ui-agent", "docs-agent"])
        #expect((overlap["plan"] as? [String: Any])?["line"] as? Int == ScenarioPlan.Line.uiTerritory)
    }

    /// Code scanning and GitHub annotations point at the plan line that needs fixing, not at
    /// line 1 of the plan (or at a pattern, which is no file).
    @Test func sarifAndGitHubPointAtThePlanLine() throws {
        let repo = try ScenarioPlan.repository()
        try repo.write(ScenarioPlan.path, ScenarioPlan.text + "- `src/ui/**/*.tsx`\n")
        try repo.commitAll("docs-agent also claims the UI components")
        let sarif = try repo.territory(["lint", "--format", "sarif"])
        let object = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
        let results = ((object?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        let overlap = try #require(results.first { $0["ruleId"] as? String == "territory-overlap" })
        let location = try #require((overlap["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == ScenarioPlan.path)
        #expect((location["region"] as? [String: Int])?["startLine"] == ScenarioPlan.Line.uiTerritory)
        let github = try repo.territory(["lint", "--format", "github"])
        #expect(github.stdout.contains("::error file=\(ScenarioPlan.path),line=\(ScenarioPlan.Line.uiTerritory),title=territory-overlap::"),
                "\(github.stdout)")
    }
}
