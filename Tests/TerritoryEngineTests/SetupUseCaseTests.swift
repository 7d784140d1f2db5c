import Foundation
import TerritoryEngine
import TerritoryGit
import TerritoryKit
import TestSupport
import Testing

/// `setup claude-code`, asked of the engine: the files it decides to write, from the plan and the
/// files already there, without writing anything.
@Suite struct SetupUseCaseTests {
    static let hook = GuardHook(executable: "/opt/territory tools/territory")

    static func request(wave: Int? = nil, isolation: Bool = false, force: Bool = false) -> ClaudeCodeSetupRequest {
        ClaudeCodeSetupRequest(base: nil, wave: wave, isolation: isolation, force: force, guardHook: hook)
    }

    @Test func oneDefinitionPerAgentAndTheSessionGuard() throws {
        let fixture = try EngineFixture()
        let result = try fixture.engine().setupClaudeCode(Self.request()) { _ in nil }
        #expect(result.files.map(\.path) == [".claude/agents/api-agent.md", ".claude/agents/ui-agent.md",
                                             ".claude/agents/docs-agent.md", ".claude/settings.json"])
        #expect(result.files.allSatisfy { $0.action == .create })
        let api = result.files[0].contents
        #expect(api.hasPrefix("---\nname: \"api-agent\"\ndescription: \"Use for api-agent's part of the `feature` plan (wave 1). It writes only `src/api/**`.\"\n"))
        #expect(api.contains("          command: \"'/opt/territory tools/territory' guard --agent api-agent || exit 2\"\n"))
        #expect(!api.contains("isolation:"))
        #expect(api.contains("- except `src/api/generated/**` — \(ScenarioPlan.path):9"))
        #expect(api.contains("never\n`git add -A`"))
        let settings = result.files[3].contents
        #expect(settings.contains("\"command\": \"'/opt/territory tools/territory' guard || exit 2\""))
        #expect(result.planSource.hasPrefix("main@"))
    }

    @Test func existingFilesDecideTheAction() throws {
        let fixture = try EngineFixture()
        let engine = try fixture.engine()
        let first = try engine.setupClaudeCode(Self.request(isolation: true)) { _ in nil }
        var existing = Dictionary(uniqueKeysWithValues: first.files.map { ($0.path, $0.contents) })
        existing[".claude/agents/ui-agent.md"] = "mine\n"
        let second = try engine.setupClaudeCode(Self.request(isolation: true)) { existing[$0] }
        #expect(second.files.map(\.action) == [.unchanged, .kept, .unchanged, .unchanged])
        #expect(second.files.allSatisfy { !$0.writes })
        let forced = try engine.setupClaudeCode(Self.request(isolation: true, force: true)) { existing[$0] }
        #expect(forced.files[1].action == .replace)
        #expect(forced.files[1].contents.contains("isolation: worktree\n---\n"))
        #expect(forced.files[1].contents.contains("You work in a git worktree of your own"))

        let other = try engine.setupClaudeCode(Self.request()) { path in
            path == ".claude/settings.json" ? "{\"hooks\":{\"PreToolUse\":[{\"matcher\":\"Bash\",\"hooks\":[{\"type\":\"command\",\"command\":\"x\"}]}]},\"a\":[1,2.50,true,null,\"\\u00e9\\n\"]}" : nil
        }
        let merged = try #require(other.files.last)
        #expect(merged.action == .merge)
        #expect(merged.contents.contains("\"matcher\": \"Bash\""))
        #expect(merged.contents.contains("2.50"))
        #expect(merged.contents.contains("\"é\\n\""))
        #expect(merged.contents.range(of: "\"hooks\"")!.lowerBound < merged.contents.range(of: "\"a\"")!.lowerBound)

        #expect(throws: UserError.self) {
            try engine.setupClaudeCode(Self.request()) { $0 == ".claude/settings.json" ? "[1, 2]" : nil }
        }
        #expect(throws: UserError.self) {
            try engine.setupClaudeCode(Self.request()) { $0 == ".claude/settings.json" ? "{\"hooks\": {\"PreToolUse\": {}}}" : nil }
        }
        #expect(throws: UserError.self) { try engine.setupClaudeCode(Self.request(wave: 3)) { _ in nil } }
    }

    @Test func descriptionAndContractsComeFromThePlan() throws {
        let repo = try GitRepository()
        let folder = ".context-kit/orchestration/store"
        try repo.write("\(folder)/agent-assignments.md", """
            # Agent Assignments: store

            ## Agent 1: Storage Agent
            **ID**: storage-agent
            **Wave**: 1
            **Role**: Builds the storage client and its migrations.

            ### Territory
            - `src/storage/**`

            ## Agent 2: search-agent
            **Wave**: 2

            Indexes documents for search.

            ### Territory
            - `src/search/**`

            ### Forbidden
            - `migrations/`

            """)
        try repo.write("\(folder)/integration-contracts/storage-interface.md", """
            # Storage Interface Contract

            **Provider**: storage-agent
            **Consumers**: search-agent

            **File:** `src/storage/client.py`

            """)
        try repo.write("src/storage/client.py", "class StorageClient: ...\n")
        try repo.commitAll("plan")
        let engine = Engine(repository: try Repository.open(at: repo.path))
        let files = try engine.setupClaudeCode(Self.request()) { _ in nil }.files
        let storage = files[0].contents, search = files[1].contents
        #expect(storage.contains("description: \"Use for Storage Agent (storage-agent)'s part of the `store` plan (wave 1): Builds the storage client and its migrations. It writes only `src/storage/**`.\""))
        #expect(storage.contains("- You provide `storage-interface` (\(folder)/integration-contracts/storage-interface.md): keep its declared interface — search-agent build against it (`src/storage/client.py`)."))
        #expect(search.contains("(wave 2): Indexes documents for search."))
        #expect(search.contains("- You consume `storage-interface`"))
        #expect(search.contains("## Never touch\n\n- `migrations/` — \(folder)/agent-assignments.md:20"))
        let wave2 = try engine.setupClaudeCode(Self.request(wave: 2)) { _ in nil }.files
        #expect(wave2.map(\.path) == [".claude/agents/search-agent.md", ".claude/settings.json"])
    }
}
