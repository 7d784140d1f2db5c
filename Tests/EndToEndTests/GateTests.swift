import Foundation
import TestSupport
import Testing

/// `territory gate` as CI runs it: the source branch from the CI's variables, full and shallow
/// clones.
@Suite struct GateTests {
    static func clone(_ origin: GitRepository, depth: Int? = nil, branch: String) throws -> GitRepository {
        let clone = try GitRepository()
        var fetch = ["fetch", "-q", "--update-head-ok"]
        if let depth { fetch += ["--depth", "\(depth)"] }
        try clone.git(fetch + ["file://\(origin.path)", "+refs/heads/*:refs/remotes/origin/*"])
        try clone.git("checkout", "-q", "--detach", "origin/\(branch)")
        return clone
    }

    @Test func gateUsesTheCISourceBranch() throws {
        let origin = try ScenarioPlan.repository()
        try origin.branch("agent/docs-agent") { try origin.write("src/ui/App.tsx", "x\n") }
        try origin.branch("agent/ui-agent") { try origin.write("src/ui/App.tsx", "y\n") }
        let clone = try Self.clone(origin, branch: "agent/docs-agent")
        let github = try clone.territory(["gate", "--base", "origin/main", "--format", "json"], environment: ["GITHUB_HEAD_REF": "agent/docs-agent"])
        #expect(github.status == 1, "\(github.stderr)")
        let report = try JSONReport(github.stdout)
        #expect(report.findingLines == ["outside-territory docs-agent src/ui/App.tsx"])
        #expect((report.object["agents"] as? [[String: Any]])?.first?["mapping"] as? String == "branch agent/docs-agent, pattern agent/{id}")

        try clone.git("checkout", "-q", "--detach", "origin/agent/ui-agent")
        let gitlab = try clone.territory(["gate", "--base", "origin/main"], environment: ["CI_MERGE_REQUEST_SOURCE_BRANCH_NAME": "agent/ui-agent"])
        #expect(gitlab.status == 0, "\(gitlab.stdout)\(gitlab.stderr)")
        // The escape this closes: ui-agent's crossing work renamed `feature/x` to dodge the gate.
        // Work of no agent owns nothing, so touching ui-agent's file is a crossing.
        let stranger = try clone.territory(["gate", "--base", "origin/main", "--format", "json"], environment: ["GITHUB_HEAD_REF": "feature/x"])
        #expect(stranger.status == 1, "\(stranger.stdout)\(stranger.stderr)")
        #expect(try JSONReport(stranger.stdout).findingLines == ["outside-territory unattributed src/ui/App.tsx"])
        let required = try clone.territory(["gate", "--base", "origin/main", "--require-agent"], environment: ["GITHUB_HEAD_REF": "feature/x"])
        #expect(required.status == 1)
    }

    @Test func shallowCloneWithoutMergeBaseSaysHowToFetch() throws {
        let origin = try ScenarioPlan.repository()
        try origin.branch("agent/docs-agent") { try origin.write("docs/new.md") }
        for index in 1...3 {
            try origin.write("docs/main-\(index).md")
            try origin.commitAll("main moves on \(index)")
        }
        let clone = try Self.clone(origin, depth: 1, branch: "agent/docs-agent")
        let result = try clone.territory(["gate", "--base", "origin/main"], environment: ["GITHUB_HEAD_REF": "agent/docs-agent"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("fetch-depth: 0") && result.stderr.contains("GIT_DEPTH: 0"), "\(result.stderr)")
    }

    /// GitLab merge request pipelines name the merge base in CI_MERGE_REQUEST_DIFF_BASE_SHA: the
    /// gate needs neither --base nor the target branch fetched (the clone holds only the source
    /// branch's history), and --base still wins when given.
    @Test func gitLabDiffBaseShaIsTheBaseWithoutBaseOption() throws {
        let origin = try ScenarioPlan.repository()
        let diffBase = try origin.git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)
        try origin.branch("agent/docs-agent") { try origin.write("src/ui/App.tsx", "x\n") }
        let clone = try GitRepository()
        try clone.git("fetch", "-q", "file://\(origin.path)", "+refs/heads/agent/docs-agent:refs/remotes/origin/agent/docs-agent")
        try clone.git("checkout", "-q", "--detach", "origin/agent/docs-agent")
        let gitlab = ["CI_MERGE_REQUEST_DIFF_BASE_SHA": diffBase, "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME": "agent/docs-agent"]
        let result = try clone.territory(["gate", "--format", "json"], environment: gitlab)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(try JSONReport(result.stdout).findingLines == ["outside-territory docs-agent src/ui/App.tsx"])
        let explicit = try clone.territory(["gate", "--base", "origin/nowhere"], environment: gitlab)
        #expect(explicit.status == 2, "--base wins over the variable: \(explicit.stderr)")
        let neither = try clone.territory(["gate"])
        #expect(neither.status == 2)
        #expect(neither.stderr.contains("--base"), "\(neither.stderr)")
    }
}
