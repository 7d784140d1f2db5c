import Foundation
import TestSupport
import Testing

/// Waivers from the plan and from commit trailers, end to end.
@Suite struct WaiverCommandTests {
    @Test func planWaiverLetsACrossingThroughAsANote() throws {
        let repo = try GitRepository()
        try repo.write(ScenarioPlan.path, ScenarioPlan.text + """

            ## Waivers
            - path=src/ui/App.tsx agent=docs-agent expires=2999-12-31 reason="docs screenshots need a hook"
            - path=src/shared/ agent=docs-agent expires=2000-01-01 reason="old"

            """)
        try repo.write("src/ui/App.tsx")
        try repo.write("src/shared/types.ts")
        try repo.commitAll("plan with waivers")
        try repo.branch("agent/docs-agent") {
            try repo.write("src/ui/App.tsx", "waived\n")
            try repo.write("src/shared/types.ts", "expired\n")
        }
        let result = try repo.territory(["check", "--format", "json"])
        #expect(result.status == 1)
        let report = try JSONReport(result.stdout)
        #expect(report.finding(rule: "outside-territory", path: "src/ui/App.tsx")?["severity"] as? String == "note")
        #expect(report.finding(rule: "outside-territory", path: "src/shared/types.ts")?["severity"] as? String == "error")
        #expect(report.findingLines.contains("waiver-expired docs-agent src/shared/"))
    }

    /// The attack: an agent writes its own waiver into its crossing commit. It must not work.
    @Test func selfGrantedTrailerWaiverDoesNotWaive() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("config", "territory.waiverAuthors", "lead@example.com")
        try repo.git("checkout", "-q", "-b", "agent/docs-agent")
        try repo.write("src/ui/App.tsx", "x\n")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "touch the app\n\nTerritory-Waiver: path=src/ui/App.tsx agent=docs-agent expires=2999-01-01 reason=\"agreed with ui-agent\"")
        try repo.git("checkout", "-q", "main")
        let check = try repo.territory(["check", "--format", "json"])
        #expect(check.status == 1, "\(check.stdout)")
        let report = try JSONReport(check.stdout)
        #expect(report.finding(rule: "outside-territory", path: "src/ui/App.tsx")?["severity"] as? String == "error")
        #expect((report.finding(rule: "invalid-waiver", path: "")?["message"] as? String)?.contains("is ignored") == true)
        let gate = try repo.territory(["gate", "--base", "main", "--head", "agent/docs-agent"])
        #expect(gate.status == 1)
    }

    /// The same trailer on a commit by an orchestrator listed in `territory.waiverAuthors` waives.
    @Test func orchestratorTrailerWaiverWorksInCheckAndGate() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("config", "territory.waiverAuthors", "lead@example.com, other@example.com")
        try repo.git("checkout", "-q", "-b", "agent/docs-agent")
        try repo.write("src/ui/App.tsx", "x\n")
        try repo.git("add", "-A")
        try repo.git(["commit", "-q", "-m", "touch the app\n\nTerritory-Waiver: path=src/ui/App.tsx agent=docs-agent expires=2999-01-01 reason=\"agreed with ui-agent\""],
                     environment: ["GIT_AUTHOR_EMAIL": "Lead@example.com"])
        try repo.git("checkout", "-q", "main")
        let check = try repo.territory(["check", "--format", "json"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(try JSONReport(check.stdout).finding(rule: "outside-territory", path: "src/ui/App.tsx")?["severity"] as? String == "note")
        let gate = try repo.territory(["gate", "--base", "main", "--head", "agent/docs-agent"])
        #expect(gate.status == 0)
        #expect(gate.stdout.contains("agreed with ui-agent"))
    }
}
