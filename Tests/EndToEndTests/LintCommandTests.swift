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
}
