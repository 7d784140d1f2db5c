import Foundation
import TestSupport
import Testing

/// `territory check --wave`: the Done-when scenarios of issue 5, each a real repository whose
/// wave 1 is api-agent (`work/api`), ui-agent and docs-agent, in that plan order.
@Suite struct WaveScenarioTests {
    private func repository() throws -> GitRepository {
        let repo = try ScenarioPlan.repository()
        try repo.write("src/ui/App.tsx", GitRepository.lines(12))
        try repo.commitAll("multi-line app")
        return repo
    }

    @Test func cleanWavePasses() throws {
        let repo = try repository()
        try repo.branch("work/api") { try repo.write("src/api/users.py", "users\n") }
        try repo.branch("agent/ui-agent") { try repo.write("src/ui/App.tsx", GitRepository.lines(12, [2: "ui"])) }
        try repo.branch("agent/docs-agent") { try repo.write("docs/guide.md", "guide\n") }
        let (status, report) = try repo.waveCheck()
        #expect(status == 0)
        #expect(report.findings.isEmpty)
        #expect((report.object["notes"] as? [String])?.first?.contains("integrates cleanly") == true)
        let text = try repo.territory(["check", "--wave", "1"])
        #expect(text.stdout.contains("agent") && text.stdout.contains("crossings") && text.stdout.contains("conflicts"))
        let markdown = try repo.territory(["check", "--wave", "1", "--format", "markdown"])
        #expect(markdown.stdout.contains("#### Wave matrix"))
    }

    @Test func crossingIsReported() throws {
        let repo = try repository()
        try repo.branch("work/api") { try repo.write("src/api/users.py", "users\n") }
        try repo.branch("agent/ui-agent") { try repo.write("src/ui/Nav.tsx", "nav\n") }
        try repo.branch("agent/docs-agent") { try repo.write("src/ui/App.tsx", GitRepository.lines(12, [9: "docs"])) }
        let (status, report) = try repo.waveCheck()
        #expect(status == 1)
        #expect(report.findingLines == ["outside-territory docs-agent src/ui/App.tsx"])
    }

    @Test func overlapWithoutConflict() throws {
        let repo = try repository()
        try repo.branch("work/api") { try repo.write("src/api/users.py", "users\n") }
        try repo.branch("agent/ui-agent") { try repo.write("src/ui/App.tsx", GitRepository.lines(12, [2: "ui"])) }
        try repo.branch("agent/docs-agent") { try repo.write("src/ui/App.tsx", GitRepository.lines(12, [9: "docs"])) }
        let (status, report) = try repo.waveCheck()
        #expect(status == 1)
        #expect(report.rules == ["outside-territory", "overlapping-changes"])
        #expect(report.pairs("overlapping-changes") == ["ui-agent×docs-agent src/ui/App.tsx"])
        #expect(report.finding(rule: "overlapping-changes", path: "src/ui/App.tsx")?["owners"] as? [String] == ["ui-agent"])
        #expect(try repo.gitMergeTree("agent/ui-agent", "agent/docs-agent").isEmpty)
    }

    @Test func contentConflict() throws {
        let repo = try repository()
        try repo.branch("work/api") { try repo.write("src/api/users.py", "users\n") }
        try repo.branch("agent/ui-agent") { try repo.write("src/ui/App.tsx", GitRepository.lines(12, [5: "ui"])) }
        try repo.branch("agent/docs-agent") { try repo.write("src/ui/App.tsx", GitRepository.lines(12, [5: "docs"])) }
        let (status, report) = try repo.waveCheck()
        #expect(status == 1)
        #expect(report.pairs("merge-conflict") == ["ui-agent×docs-agent src/ui/App.tsx"])
        let message = report.finding(rule: "merge-conflict", path: "src/ui/App.tsx")?["message"] as? String ?? ""
        #expect(message.hasPrefix("content conflict"))
        #expect(try repo.gitMergeTree("agent/ui-agent", "agent/docs-agent") == ["src/ui/App.tsx"])
    }

    @Test func modifyDeleteConflict() throws {
        let repo = try repository()
        try repo.branch("work/api") { try repo.write("src/api/users.py", "users\n") }
        try repo.branch("agent/ui-agent") { try repo.git("rm", "-q", "src/ui/App.tsx") }
        try repo.branch("agent/docs-agent") { try repo.write("src/ui/App.tsx", GitRepository.lines(12, [5: "docs"])) }
        let (status, report) = try repo.waveCheck()
        #expect(status == 1)
        let message = report.finding(rule: "merge-conflict", path: "src/ui/App.tsx")?["message"] as? String ?? ""
        #expect(message.hasPrefix("modify/delete conflict"))
        #expect(try repo.gitMergeTree("agent/ui-agent", "agent/docs-agent") == ["src/ui/App.tsx"])
    }

    /// A rename on one branch and an edit of the old path on another merge cleanly (git carries
    /// the edit to the new name); the overlap is still reported, the conflict is not.
    @Test func renameAndModifyMergeCleanly() throws {
        let repo = try repository()
        try repo.branch("work/api") { try repo.write("src/api/users.py", "users\n") }
        try repo.branch("agent/ui-agent") { try repo.git("mv", "src/ui/App.tsx", "src/ui/Main.tsx") }
        try repo.branch("agent/docs-agent") { try repo.write("src/ui/App.tsx", GitRepository.lines(12, [5: "docs"])) }
        let (status, report) = try repo.waveCheck()
        #expect(status == 1)
        #expect(report.pairs("merge-conflict").isEmpty)
        #expect(report.pairs("overlapping-changes") == ["ui-agent×docs-agent src/ui/App.tsx"])
        #expect(try repo.gitMergeTree("agent/ui-agent", "agent/docs-agent").isEmpty)
    }

    @Test func staleBaseIsAWarning() throws {
        let repo = try repository()
        try repo.branch("work/api") { try repo.write("src/api/users.py", "users\n") }
        try repo.branch("agent/ui-agent") { try repo.write("src/ui/Nav.tsx", "nav\n") }
        try repo.write("README.md", "moved on\n")
        try repo.commitAll("main moves on")
        try repo.branch("agent/docs-agent") { try repo.write("docs/guide.md", "guide\n") }
        let (status, report) = try repo.waveCheck()
        #expect(status == 0)
        #expect(report.findingLines == ["stale-base api-agent work/api", "stale-base ui-agent agent/ui-agent"])
        let message = report.finding(rule: "stale-base", path: "work/api")?["message"] as? String ?? ""
        #expect(message.contains("1 commit behind"))
    }

    @Test func forkFromSiblingIsStale() throws {
        let repo = try repository()
        try repo.branch("work/api") { try repo.write("src/api/users.py", "users\n") }
        try repo.branch("agent/ui-agent", from: "work/api") { try repo.write("src/ui/Nav.tsx", "nav\n") }
        try repo.branch("agent/docs-agent") { try repo.write("docs/guide.md", "guide\n") }
        let (_, report) = try repo.waveCheck()
        let message = report.finding(rule: "stale-base", path: "agent/ui-agent")?["message"] as? String ?? ""
        #expect(message.contains("forked from api-agent"))
        #expect(report.finding(rule: "stale-base", path: "work/api") == nil)
    }

    @Test func missingBranchIsAnError() throws {
        let repo = try repository()
        try repo.branch("work/api") { try repo.write("src/api/users.py", "users\n") }
        try repo.branch("agent/docs-agent") {}
        let (status, report) = try repo.waveCheck()
        #expect(status == 1)
        #expect(report.findingLines == ["missing-branch ui-agent agent/ui-agent", "no-changes docs-agent agent/docs-agent"])
    }
}
