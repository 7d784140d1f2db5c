import TerritoryEngine
import TerritoryGit
import TerritoryKit
import TestSupport
import Testing

/// `status`, asked of the engine: readiness per agent and the wave's gate, read from the wave check.
@Suite struct StatusUseCaseTests {
    @Test func readinessFollowsTheWaveCheck() throws {
        let fixture = try EngineFixture()
        try fixture.repo.branch("work/api") { try fixture.repo.write("src/api/users.py") }
        try fixture.repo.branch("agent/ui-agent") { try fixture.repo.write("docs/guide.md", "ui was here\n") }
        let status = try fixture.engine().status(base: nil, wave: 1)
        let wave = try #require(status.waves.first)
        #expect(status.waves.count == 1 && wave.wave == 1)
        #expect(wave.agents.map(\.readiness) == [.ready, .blocked, .notStarted])
        #expect(!wave.isOpen && wave.mergeableCount == 1)
        let api = wave.agents[0]
        #expect(api.branch == "work/api" && api.commits == 1 && api.behind == 0 && api.changedPaths == 1)
        #expect(api.mapping?.hasPrefix("Branch field") == true)
        #expect(wave.agents[1].findings.map(\.rule) == ["outside-territory"])
        #expect(wave.agents[2].branch == nil)
        #expect(wave.notes.first?.hasPrefix("wave 1:") == true)
        #expect(throws: UserError.self) { try fixture.engine().status(base: nil, wave: 2) }
    }

    @Test func aConflictOnASharedPathInvolvesBothAgents() throws {
        let repo = try GitRepository()
        try repo.write(".context-kit/orchestration/x/agent-assignments.md", """
            # Agent Assignments: x

            ## Agent 1: api-agent
            **Wave**: 1

            ### Territory
            - `src/api/**`

            ### Shared
            - `src/shared/types.ts` (append)

            ## Agent 2: ui-agent
            **Wave**: 1

            ### Territory
            - `src/ui/**`

            ### Shared
            - `src/shared/types.ts` (append)

            """)
        try repo.write("src/shared/types.ts", "one\n")
        try repo.commitAll("plan")
        try repo.branch("agent/api-agent") { try repo.write("src/shared/types.ts", "api\n") }
        try repo.branch("agent/ui-agent") { try repo.write("src/shared/types.ts", "ui\n") }
        let status = try Engine(repository: try Repository.open(at: repo.path)).status(base: nil, wave: nil)
        let agents = try #require(status.waves.first).agents
        #expect(agents.map(\.readiness) == [.conflicts, .conflicts], "\(agents.map(\.findings))")
        #expect(agents[0].conflictsWith == ["ui-agent"] && agents[1].conflictsWith == ["api-agent"])
        #expect(!status.isOpen)
    }
}
