import Foundation
import TestSupport
import Testing

/// The wave check applies waivers and contracts as `check` does.
@Suite struct WaveWaiverTests {
    @Test func waivedCrossingIsANoteInTheWaveCheck() throws {
        let repo = try GitRepository()
        try repo.write(ScenarioPlan.path, ScenarioPlan.text + """

            ## Waivers
            - path=src/ui/App.tsx agent=docs-agent expires=2999-12-31 reason="screenshot hook agreed with ui-agent"

            """)
        try repo.write("src/ui/App.tsx", "app\n")
        try repo.commitAll("plan with a waiver")
        try repo.branch("work/api") { try repo.write("src/api/users.py", "users\n") }
        try repo.branch("agent/ui-agent") { try repo.write("src/ui/Nav.tsx", "nav\n") }
        try repo.branch("agent/docs-agent") { try repo.write("src/ui/App.tsx", "docs\n") }
        let (status, report) = try repo.waveCheck()
        #expect(status == 0, "\(report.findingLines)")
        let crossing = report.finding(rule: "outside-territory", path: "src/ui/App.tsx")
        #expect(crossing?["severity"] as? String == "note")
        #expect((crossing?["message"] as? String)?.contains("screenshot hook") == true)
    }
}
