import Foundation
import TestSupport
import Testing

/// Each rule fires where it should and stays silent where it should not, on real repositories.
@Suite struct CheckRulesTests {
    @Test func cleanBranchPasses() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("work/api") { try repo.write("src/api/users.py", "users\n") }
        let result = try repo.territory(["check", "--format", "json"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let report = try JSONReport(result.stdout)
        #expect(report.findings.isEmpty)
        let agents = report.object["agents"] as? [[String: Any]] ?? []
        #expect(agents.first?["id"] as? String == "api-agent")
        #expect(agents.first?["mapping"] as? String == "Branch field, plan line \(ScenarioPlan.Line.apiAgent)")
    }

    @Test func crossingIsOutsideTerritoryWithOwnerAndLine() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/docs-agent") { try repo.write("src/ui/App.tsx", "changed\n") }
        let result = try repo.territory(["check", "--format", "json"])
        #expect(result.status == 1)
        let finding = try #require(try JSONReport(result.stdout).finding(rule: "outside-territory", path: "src/ui/App.tsx"))
        #expect(finding["agent"] as? String == "docs-agent")
        #expect(finding["owners"] as? [String] == ["ui-agent"])
        let plan = finding["plan"] as? [String: Any]
        #expect(plan?["file"] as? String == ScenarioPlan.path)
        #expect(plan?["line"] as? Int == ScenarioPlan.Line.uiTerritory)
        #expect((finding["hint"] as? String)?.isEmpty == false)
    }

    @Test func unownedPathIsReported() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/docs-agent") {
            try repo.write("docs/new.md")
            try repo.write("scripts/release.sh")
        }
        // A plan gap is a warning: plans leave out many files and are written before the code.
        let result = try repo.territory(["check", "--format", "json"])
        #expect(result.status == 0)
        #expect(try JSONReport(result.stdout).findingLines == ["unowned-path docs-agent scripts/release.sh"])
        #expect(try JSONReport(result.stdout).finding(rule: "unowned-path", path: "scripts/release.sh")?["severity"] as? String == "warning")
    }

    @Test func readOnlyEntryWinsOverOtherOwner() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("work/api") { try repo.write("src/shared/types.ts", "changed\n") }
        let result = try repo.territory(["check", "--format", "json"])
        let finding = try #require(try JSONReport(result.stdout).finding(rule: "read-only-path", path: "src/shared/types.ts"))
        #expect((finding["plan"] as? [String: Any])?["line"] as? Int == ScenarioPlan.Line.apiReadOnly)
        #expect(finding["owners"] as? [String] == ["ui-agent"])
        #expect(result.status == 1)
    }

    @Test func exclusionTakesPathOutOfTerritory() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("work/api") { try repo.write("src/api/generated/client.ts", "regenerated\n") }
        let result = try repo.territory(["check", "--format", "json"])
        let finding = try #require(try JSONReport(result.stdout).finding(rule: "outside-territory", path: "src/api/generated/client.ts"))
        #expect(finding["owners"] as? [String] == ["ui-agent"])
        #expect((finding["plan"] as? [String: Any])?["line"] as? Int == ScenarioPlan.Line.uiGenerated)
    }

    @Test func deletingAnotherAgentsFileIsACrossing() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/docs-agent") { try repo.git("rm", "-q", "src/ui/App.tsx") }
        let result = try repo.territory(["check", "--format", "json"])
        #expect(result.status == 1)
        #expect(try JSONReport(result.stdout).findingLines == ["outside-territory docs-agent src/ui/App.tsx"])
    }

    @Test func renameIsJudgedOnBothPaths() throws {
        let repo = try ScenarioPlan.repository()
        // Out of ui-agent's territory into docs: the old path is ui's, the new one docs-agent's own.
        try repo.branch("agent/docs-agent") { try repo.git("mv", "src/ui/App.tsx", "docs/App.tsx") }
        let result = try repo.territory(["check", "--format", "json"])
        #expect(result.status == 1)
        let report = try JSONReport(result.stdout)
        #expect(report.findingLines == ["outside-territory docs-agent src/ui/App.tsx"])
        let rename = report.finding(rule: "outside-territory", path: "src/ui/App.tsx")?["rename"] as? [String: String]
        #expect(rename == ["from": "src/ui/App.tsx", "to": "docs/App.tsx"])
    }

    @Test func renameIntoAnotherTerritoryIsACrossing() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/docs-agent") { try repo.git("mv", "docs/guide.md", "src/ui/guide.md") }
        let result = try repo.territory(["check", "--format", "json"])
        #expect(try JSONReport(result.stdout).findingLines == ["outside-territory docs-agent src/ui/guide.md"])
    }

    @Test func planEditIsReportedAndDoesNotWidenTerritory() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/docs-agent") {
            try repo.write(ScenarioPlan.path, ScenarioPlan.text + "- `src/ui/**`\n")
            try repo.write("src/ui/App.tsx", "mine now\n")
        }
        let result = try repo.territory(["check", "--format", "json"])
        #expect(result.status == 1)
        #expect(try JSONReport(result.stdout).findingLines == [
            "outside-territory docs-agent src/ui/App.tsx",
            "plan-modified docs-agent \(ScenarioPlan.path)",
        ])
    }

    @Test func untrustedPlanIsUsedWithAWarning() throws {
        let repo = try GitRepository()
        try repo.write("README.md")
        try repo.commitAll("base without a plan")
        try repo.branch("agent/docs-agent") {
            try repo.write(ScenarioPlan.path, ScenarioPlan.text)
            try repo.write("docs/guide.md")
        }
        let result = try repo.territory(["check", "--format", "json", "agent/docs-agent"])
        let lines = try JSONReport(result.stdout).findingLines
        #expect(lines.contains("plan-untrusted - \(ScenarioPlan.path)"))
        #expect(lines.contains("plan-modified docs-agent \(ScenarioPlan.path)"))
    }
}
