import TerritoryEngine
import TerritoryGit
import TerritoryKit
import TestSupport
import Testing

/// `check` and the wave check, asked of the engine directly.
@Suite struct CheckUseCaseTests {
    @Test func checkJudgesEveryAgentBranchByTheBasePlan() throws {
        let fixture = try EngineFixture()
        try fixture.repo.branch("agent/ui-agent") { try fixture.repo.write("src/api/routes.py", "ui was here\n") }
        try fixture.repo.branch("work/api") { try fixture.repo.write("src/api/new.py") }
        let report = try fixture.engine().check(base: nil, branches: [], agent: nil)
        #expect(report.findingLines == ["outside-territory ui-agent src/api/routes.py"])
        let finding = try #require(report.findings.first)
        #expect(finding.plan?.line == ScenarioPlan.Line.apiTerritory)
        #expect(report.agents.map(\.id).sorted() == ["api-agent", "ui-agent"])
        #expect(report.base?.hasPrefix("main@") == true)
    }

    @Test func checkAsAnotherAgentAndUnknownBranches() throws {
        let fixture = try EngineFixture()
        try fixture.repo.branch("feature/x") { try fixture.repo.write("docs/x.md") }
        let asDocs = try fixture.engine().check(base: "main", branches: ["feature/x"], agent: "docs-agent")
        #expect(asDocs.findings.isEmpty)
        #expect(asDocs.agents.first?.mapping == "--agent")
        #expect(throws: UserError.self) { try fixture.engine().check(base: "main", branches: ["feature/x"], agent: nil) }
        #expect(throws: GitError.self) { try fixture.engine().check(base: "nope", branches: [], agent: nil) }
    }

    @Test func waveCheckFindsOverlapsAndMissingBranches() throws {
        let fixture = try EngineFixture()
        try fixture.repo.branch("work/api") { try fixture.repo.write("README.md", "api\n") }
        try fixture.repo.branch("agent/ui-agent") { try fixture.repo.write("README.md", "ui\n") }
        let report = try fixture.engine().checkWaves(base: nil, wave: 1)
        let rules = Set(report.findings.map(\.rule))
        #expect(rules.contains("overlapping-changes"))
        #expect(rules.contains("merge-conflict"))
        #expect(report.findings.contains { $0.rule == "missing-branch" && $0.agent == "docs-agent" })
        #expect(throws: UserError.self) { try fixture.engine().checkWaves(base: nil, wave: 7) }
    }
}
