import Foundation
import TestSupport
import Testing

/// Agents that share a branch: each commit judged as the agent its `Agent:` trailer names.
@Suite struct CommitAttributionTests {
    /// Three agents commit to one branch, one of them crossing.
    static func sharedBranch() throws -> GitRepository {
        let repo = try ScenarioPlan.repository()
        try repo.git("checkout", "-q", "-b", "wave-1")
        for (agent, path) in [("api-agent", "src/api/new.py"), ("ui-agent", "src/ui/New.tsx"), ("docs-agent", "src/api/routes.py")] {
            try repo.write(path, "\(agent)\n")
            try repo.git("add", "-A")
            try repo.git("commit", "-q", "-m", "\(agent) work\n\nAgent: \(agent)")
        }
        try repo.git("checkout", "-q", "main")
        return repo
    }

    @Test func checkCommitsNamesTheCrossingCommitAgentAndPath() throws {
        let repo = try Self.sharedBranch()
        let result = try repo.territory(["check", "--commits", "main..wave-1", "--format", "json"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let report = try JSONReport(result.stdout)
        #expect(report.findingLines == ["outside-territory docs-agent src/api/routes.py"])
        let agents = report.object["agents"] as? [[String: Any]] ?? []
        #expect(agents.map { $0["id"] as? String ?? "" } == ["api-agent", "ui-agent", "docs-agent"])
        let crossing = try repo.git("rev-parse", "--short=7", "wave-1").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect((agents.last?["mapping"] as? String)?.hasPrefix("commit \(crossing) \"docs-agent work\"") == true)
        // The text report says which commit.
        let text = try repo.territory(["check", "--commits", "wave-1"])
        #expect(text.stdout.contains("commit \(crossing)"), "\(text.stdout)")
    }

    @Test func gateAgreesCommitByCommit() throws {
        let repo = try Self.sharedBranch()
        let gate = try repo.territory(["gate", "--base", "main", "--head", "wave-1", "--format", "json"])
        #expect(gate.status == 1, "\(gate.stdout)\(gate.stderr)")
        #expect(try JSONReport(gate.stdout).findingLines == ["outside-territory docs-agent src/api/routes.py"])
    }

    /// A generated branch (`claude/<anything>`) matches no pattern; its commits' trailers tie it.
    @Test func generatedBranchTiedByItsTrailers() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("checkout", "-q", "-b", "claude/brave-turing-4f2a")
        try repo.write("docs/new.md")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "docs\n\nAgent: docs-agent")
        try repo.write("src/ui/App.tsx", "docs in the ui\n")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "more\n\nAgent: docs-agent")
        try repo.git("checkout", "-q", "main")
        let gate = try repo.territory(["gate", "--base", "main", "--head", "claude/brave-turing-4f2a", "--format", "json"])
        #expect(gate.status == 1)
        let report = try JSONReport(gate.stdout)
        #expect(report.findingLines == ["outside-territory docs-agent src/ui/App.tsx"])
        #expect((report.object["agents"] as? [[String: Any]])?.first?["mapping"] as? String == "the Agent trailers of its commits")
    }

    @Test func trailerNamingNoAgentIsAnError() throws {
        let repo = try ScenarioPlan.repository()
        try repo.git("checkout", "-q", "-b", "agent/docs-agent")
        try repo.write("docs/x.md")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "x\n\nAgent: ghost-agent")
        try repo.git("checkout", "-q", "main")
        let result = try repo.territory(["check", "--commits", "agent/docs-agent", "--format", "json"])
        #expect(result.status == 1)
        let finding = try #require(try JSONReport(result.stdout).findings.first { $0["rule"] as? String == "unknown-agent" })
        #expect((finding["message"] as? String)?.contains("ghost-agent") == true)
        #expect((finding["hint"] as? String)?.contains("docs-agent") == true)
    }
}
