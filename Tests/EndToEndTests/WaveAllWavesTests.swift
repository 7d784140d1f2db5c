import Foundation
import TestSupport
import Testing

/// `--all-waves`: every wave of the plan in turn, with wave 2 expected to build on wave 1.
@Suite struct WaveAllWavesTests {
    static let plan = """
        ## Agent 1: schema-agent
        **Wave**: 1
        ### Territory
        - `db/`

        ## Agent 2: api-agent
        **Wave**: 2
        ### Territory
        - `src/api/`

        ## Agent 3: ui-agent
        **Wave**: 2
        ### Territory
        - `src/ui/`

        """

    @Test func everyWaveIsCheckedAndWaveTwoMustContainWaveOne() throws {
        let repo = try GitRepository()
        try repo.write(".context-kit/orchestration/waves/agent-assignments.md", Self.plan)
        try repo.write("README.md")
        try repo.commitAll("plan")
        try repo.branch("agent/ui-agent") { try repo.write("src/ui/App.tsx", "app\n") }
        try repo.branch("agent/schema-agent") { try repo.write("db/schema.sql", "create table\n") }
        // Wave 1 is integrated; api-agent starts from it, ui-agent had started before it.
        try repo.git("merge", "-q", "--no-ff", "-m", "integrate wave 1", "agent/schema-agent")
        try repo.branch("agent/api-agent") { try repo.write("src/api/users.py", "users\n") }
        let result = try repo.territory(["check", "--all-waves", "--format", "json"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let report = try JSONReport(result.stdout)
        #expect((report.object["agents"] as? [[String: Any]])?.count == 3)
        // schema-agent is already integrated: nothing new, and not stale. ui-agent lacks the base's tip
        // and wave 1: one finding per reason.
        #expect(report.findingLines == [
            "no-changes schema-agent agent/schema-agent", "stale-base ui-agent agent/ui-agent", "stale-base ui-agent agent/ui-agent",
        ], "\(report.findingLines)")
        let notes = (report.object["notes"] as? [String]) ?? []
        #expect(notes.contains { $0.hasPrefix("wave 1") } && notes.contains { $0.hasPrefix("wave 2") }, "\(notes)")
        let unknown = try repo.territory(["check", "--wave", "7"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("waves of this plan: 1, 2"))
    }
}
