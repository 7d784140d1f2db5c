import TerritoryEngine
import TerritoryKit
import TestSupport
import Testing

/// The git hooks and the CI gate, asked of the engine directly: what each one judges and as whom.
@Suite struct HookUseCaseTests {
    @Test func preCommitJudgesTheStagedChangesAsTheWorktreeAgent() throws {
        let fixture = try EngineFixture()
        try fixture.repo.git("checkout", "-q", "-b", "agent/docs-agent")
        try fixture.repo.write("src/ui/App.tsx", "docs agent edits the ui\n")
        try fixture.repo.write("docs/more.md")
        try fixture.repo.git("add", "-A")
        let report = try #require(try fixture.engine().preCommit(agent: nil).report)
        #expect(report.findingLines == ["outside-territory docs-agent src/ui/App.tsx"])
        #expect(report.notes.contains { $0.contains("git restore --staged -- src/ui/App.tsx") })
        let asUI = try #require(try fixture.engine(environment: ["TERRITORY_AGENT": "ui-agent"]).preCommit(agent: nil).report)
        #expect(asUI.findingLines == ["outside-territory ui-agent docs/more.md"])
    }

    @Test func preCommitOnABranchOfNoAgentIsUnattributed() throws {
        let fixture = try EngineFixture()
        try fixture.repo.git("checkout", "-q", "-b", "feature/x")
        try fixture.repo.write("src/ui/App.tsx", "x\n")
        try fixture.repo.git("add", "-A")
        #expect(try fixture.engine().preCommit(agent: nil).unattributed == "branch feature/x")
        #expect(throws: UserError.self) { try fixture.engine().preCommit(agent: "nobody") }
    }

    @Test func preMergeCommitJudgesTheMergedBranchAsItsAgent() throws {
        let fixture = try EngineFixture()
        try fixture.repo.branch("agent/docs-agent") { try fixture.repo.write("src/api/routes.py", "docs agent\n") }
        let engine = try fixture.engine(environment: ["GIT_REFLOG_ACTION": "merge agent/docs-agent"])
        let report = try #require(try engine.preMergeCommit(agent: nil).report)
        #expect(report.findingLines == ["outside-territory docs-agent src/api/routes.py"])
        #expect(report.notes.contains("merge blocked; to abandon it: git merge --abort"))
        #expect(try fixture.engine().preMergeCommit(agent: nil).skippedReason == "no merge in progress, not checked")
    }

    @Test func pushedRefsAreJudgedFromTheirOldTip() throws {
        let fixture = try EngineFixture()
        let main = try fixture.repo.git("rev-parse", "main").trimmed
        try fixture.repo.branch("agent/ui-agent") { try fixture.repo.write("docs/guide.md", "ui edits docs\n") }
        let tip = try fixture.repo.git("rev-parse", "agent/ui-agent").trimmed
        let update = RefUpdate(ref: "refs/heads/agent/ui-agent", old: RefUpdate.zero, new: tip)
        let report = try #require(try fixture.engine().pushedRefs([update], base: nil, agent: nil, policy: .notChecked, command: "hook pre-push").report)
        #expect(report.findingLines == ["outside-territory ui-agent docs/guide.md"])
        let fromTip = RefUpdate(ref: "refs/heads/agent/ui-agent", old: tip, new: tip)
        #expect(try fixture.engine().pushedRefs([fromTip], base: nil, agent: nil, policy: .ownsNothing, command: "hook update").report?.findings.isEmpty == true)
        let stranger = RefUpdate(ref: "refs/heads/feature/y", old: RefUpdate.zero, new: tip)
        #expect(try fixture.engine().pushedRefs([stranger], base: nil, agent: nil, policy: .notChecked, command: "hook pre-push").unattributed == "branch feature/y")
        #expect(try fixture.engine().pushedRefs([stranger], base: nil, agent: nil, policy: .refused, command: "hook pre-receive").unattributed == "branch feature/y")
        // On the server, a branch of no agent owns nothing: ui-agent's work pushed as feature/y crosses into docs.
        let judged = try #require(try fixture.engine().pushedRefs([stranger], base: nil, agent: nil, policy: .ownsNothing, command: "hook pre-receive").report)
        #expect(judged.findingLines == ["outside-territory unattributed docs/guide.md"])
        _ = main
    }

    @Test func gateTakesTheSourceBranchFromTheCIEnvironment() throws {
        let fixture = try EngineFixture()
        try fixture.repo.branch("agent/docs-agent") { try fixture.repo.write("src/ui/App.tsx", "docs\n") }
        try fixture.repo.git("checkout", "-q", "--detach", "agent/docs-agent")
        let engine = try fixture.engine(environment: ["GITHUB_HEAD_REF": "agent/docs-agent"])
        let report = try #require(try engine.gate(base: "main", head: "HEAD", agent: nil).report)
        #expect(report.command == "gate")
        #expect(report.findingLines == ["outside-territory docs-agent src/ui/App.tsx"])
        let stranger = try fixture.engine(environment: ["GITHUB_HEAD_REF": "feature/z"])
        #expect(try stranger.gate(base: "main", head: "HEAD", agent: nil, policy: .refused).unattributed == "branch feature/z (from GITHUB_HEAD_REF)")
        let ownsNothing = try #require(try stranger.gate(base: "main", head: "HEAD", agent: nil).report)
        #expect(ownsNothing.findingLines == ["outside-territory unattributed src/ui/App.tsx"])
        #expect(ownsNothing.agents.first?.mapping == "branch feature/z (from GITHUB_HEAD_REF) ties to no agent, so it owns nothing")
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
