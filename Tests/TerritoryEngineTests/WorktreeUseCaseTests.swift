import Foundation
import TerritoryEngine
import TerritoryGit
import TerritoryKit
import TestSupport
import Testing

/// `worktrees` and `worktrees --remove`, asked of the engine: the steps it decides from the
/// repository's state as plain values, without changing anything.
@Suite struct WorktreeUseCaseTests {
    static func state(_ worktrees: [LinkedWorktree] = [], enabled: Bool = false, made: Bool = false) -> WorktreeState {
        WorktreeState(worktrees: worktrees, worktreeConfigEnabled: enabled, madeWorktreeConfig: made, madeHooks: made)
    }

    @Test func worktreeStepsForAWave() throws {
        let fixture = try EngineFixture()
        try fixture.repo.git("branch", "agent/ui-agent")
        let engine = try fixture.engine()
        let base = try fixture.repo.git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)
        let plan = try engine.worktrees(base: nil, wave: 1, folder: "/w", state: Self.state(), mainBranch: "main")
        #expect(plan.steps == [
            .enableWorktreeConfig,
            .createBranch(branch: "work/api", commit: base, from: "main@" + base.prefix(7)),
            .addWorktree(path: "/w/api-agent", branch: "work/api"), .recordAgent(path: "/w/api-agent", agent: "api-agent", origin: .created),
            .addWorktree(path: "/w/ui-agent", branch: "agent/ui-agent"), .recordAgent(path: "/w/ui-agent", agent: "ui-agent", origin: .existing),
            .createBranch(branch: "agent/docs-agent", commit: base, from: "main@" + base.prefix(7)),
            .addWorktree(path: "/w/docs-agent", branch: "agent/docs-agent"), .recordAgent(path: "/w/docs-agent", agent: "docs-agent", origin: .created),
            .installHooks,
        ])

        let made = [("api-agent", "work/api"), ("ui-agent", "agent/ui-agent"), ("docs-agent", "agent/docs-agent")].map {
            LinkedWorktree(path: "/w/\($0.0)", branch: $0.1, agent: $0.0, madeBy: .created)
        }
        let again = try engine.worktrees(base: nil, wave: 1, folder: "/w", state: Self.state(made, enabled: true, made: true), mainBranch: "main")
        #expect(again.steps == [.installHooks])
        #expect(again.unchanged == ["api-agent: /w/api-agent on work/api, unchanged", "ui-agent: /w/ui-agent on agent/ui-agent, unchanged",
                                    "docs-agent: /w/docs-agent on agent/docs-agent, unchanged"])

        let foreign = LinkedWorktree(path: "/elsewhere", branch: "agent/ui-agent", agent: nil, madeBy: nil)
        #expect(throws: UserError.self) {
            try engine.worktrees(base: nil, wave: 1, folder: "/w", state: Self.state([foreign]), mainBranch: "main")
        }
        #expect(throws: UserError.self) {
            try engine.worktrees(base: nil, wave: 1, folder: "/w", state: Self.state(), mainBranch: "agent/ui-agent")
        }
    }

    @Test func removalUndoesOnlyWhatWasMade() throws {
        let fixture = try EngineFixture()
        try fixture.repo.branch("work/api") { try fixture.repo.write("src/api/new.py") }
        try fixture.repo.git("branch", "agent/docs-agent")
        let engine = try fixture.engine()
        let worktrees = [
            LinkedWorktree(path: "/w/api-agent", branch: "work/api", agent: "api-agent", madeBy: .created),
            LinkedWorktree(path: "/w/docs-agent", branch: "agent/docs-agent", agent: "docs-agent", madeBy: .created),
            LinkedWorktree(path: "/mine", branch: "experiment", agent: "ui-agent", madeBy: nil),
        ]
        let removal = try engine.removeWorktrees(base: nil, wave: 1, state: Self.state(worktrees, enabled: true, made: true))
        #expect(removal.steps == [
            .removeWorktree(path: "/w/api-agent", agent: "api-agent"),
            .removeWorktree(path: "/w/docs-agent", agent: "docs-agent"), .deleteBranch(branch: "agent/docs-agent"),
            .disableWorktreeConfig, .uninstallHooks, .forgetRecord,
        ])
        #expect(removal.unchanged.contains("api-agent: branch work/api kept, it has 1 commit not in main"))
        #expect(removal.unchanged.contains("ui-agent: no worktree made by `territory worktrees`, nothing to remove"))

        let otherWave = LinkedWorktree(path: "/w/later-agent", branch: "agent/later", agent: "later-agent", madeBy: .existing)
        let partial = try engine.removeWorktrees(base: nil, wave: 1, state: Self.state(worktrees + [otherWave], enabled: true, made: true))
        #expect(!partial.steps.contains(.disableWorktreeConfig) && !partial.steps.contains(.uninstallHooks))
    }
}
