import Foundation
import TestSupport
import Testing

/// What the pre-commit framework hands its hooks (`PRE_COMMIT=1` and `PRE_COMMIT_*`, standard
/// input empty), given to the binary directly; `scripts/ecosystem.sh` runs the real framework.
@Suite struct PreCommitFrameworkTests {
    static func repository() throws -> GitRepository {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/docs-agent") { try repo.write("src/ui/App.tsx", "x\n") }
        try repo.branch("agent/ui-agent") { try repo.write("src/ui/Button.tsx", "x\n") }
        return repo
    }

    static func sha(_ repo: GitRepository, _ ref: String) throws -> String {
        try repo.git("rev-parse", ref).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The variables pre-commit sets for a git push of `branch` (hook_impl.py's `_pre_push_ns`).
    static func push(_ repo: GitRepository, _ branch: String, from: String? = "main") throws -> [String: String] {
        var environment = ["PRE_COMMIT": "1", "PRE_COMMIT_LOCAL_BRANCH": "refs/heads/\(branch)",
                           "PRE_COMMIT_REMOTE_BRANCH": "refs/heads/\(branch)", "PRE_COMMIT_REMOTE_NAME": "origin",
                           "PRE_COMMIT_REMOTE_URL": "/nowhere.git"]
        if let from {
            environment["PRE_COMMIT_FROM_REF"] = try sha(repo, from)
            environment["PRE_COMMIT_TO_REF"] = try sha(repo, branch)
        }
        return environment
    }

    /// Before, a crossing push under the framework passed: no ref lines on standard input.
    @Test func prePushReadsThePushedBranchFromTheFrameworksVariables() throws {
        let repo = try Self.repository()
        for hook in [["hook", "pre-push", "origin", "/nowhere.git"], ["hook", "pre-commit-framework"]] {
            let crossing = try repo.territory(hook, environment: try Self.push(repo, "agent/docs-agent"))
            #expect(crossing.status == 1, "\(hook): \(crossing.stdout)\(crossing.stderr)")
            #expect(crossing.stdout.contains("outside-territory  src/ui/App.tsx"), "\(crossing.stdout)")
            let clean = try repo.territory(hook, environment: try Self.push(repo, "agent/ui-agent"))
            #expect(clean.status == 0 && clean.stdout.isEmpty, "\(hook): \(clean.stdout)\(clean.stderr)")
            // A branch holding a root commit: no refs, only the branch names.
            let root = try repo.territory(hook, environment: try Self.push(repo, "agent/docs-agent", from: nil))
            #expect(root.status == 1, "\(hook): \(root.stdout)\(root.stderr)")
        }
    }

    @Test func runFromRefToRefJudgesTheRangeAsTheGateDoes() throws {
        let repo = try Self.repository()
        let range = ["PRE_COMMIT": "1", "PRE_COMMIT_FROM_REF": "main", "PRE_COMMIT_TO_REF": "agent/docs-agent"]
        let crossing = try repo.territory(["hook", "pre-commit-framework", "--format", "json"], environment: range)
        #expect(crossing.status == 1, "\(crossing.stderr)")
        let report = try JSONReport(crossing.stdout)
        #expect(report.object["command"] as? String == "gate")
        #expect(report.findingLines == ["outside-territory docs-agent src/ui/App.tsx"])
        // Checked out, the range ends at HEAD: the current branch names the agent.
        try repo.git("checkout", "-q", "agent/ui-agent")
        let head = try Self.sha(repo, "HEAD")
        let clean = try repo.territory(["hook", "pre-commit-framework"],
                                       environment: ["PRE_COMMIT": "1", "PRE_COMMIT_FROM_REF": "main", "PRE_COMMIT_TO_REF": head])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
    }

    /// `pre-commit run --all-files` sets nothing but PRE_COMMIT=1: the current branch since it
    /// left the base is judged, plus what is staged — never a pass for having judged nothing.
    @Test func runAllFilesJudgesTheCurrentBranchAndTheStagedChanges() throws {
        let repo = try Self.repository()
        try repo.git("checkout", "-q", "agent/docs-agent")
        let crossing = try repo.territory(["hook", "pre-commit-framework"], environment: ["PRE_COMMIT": "1"])
        #expect(crossing.status == 1, "\(crossing.stdout)\(crossing.stderr)")
        #expect(crossing.stdout.contains("src/ui/App.tsx"))
        try repo.git("checkout", "-q", "agent/ui-agent")
        let clean = try repo.territory(["hook", "pre-commit-framework"], environment: ["PRE_COMMIT": "1"])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        try repo.write("docs/guide.md", "ui-agent staged this\n")
        try repo.git("add", "-A")
        let staged = try repo.territory(["hook", "pre-commit-framework"], environment: ["PRE_COMMIT": "1"])
        #expect(staged.status == 1, "\(staged.stdout)\(staged.stderr)")
        #expect(staged.stdout.contains("docs/guide.md"))
    }

    @Test func gitCommitUnderTheFrameworkJudgesTheStagedChanges() throws {
        let repo = try Self.repository()
        try repo.git("checkout", "-q", "agent/ui-agent")
        try repo.write("docs/guide.md", "crossing\n")
        try repo.git("add", "-A")
        let index = repo.root.appendingPathComponent(".git/index").path
        let result = try repo.territory(["hook", "pre-commit-framework"], environment: ["PRE_COMMIT": "1", "GIT_INDEX_FILE": index])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("territory hook pre-commit:"), "\(result.stdout)")
    }

    @Test func noBaseToMeasureFromIsAnErrorNotAPass() throws {
        let repo = try Self.repository()
        try repo.git("checkout", "-q", "agent/docs-agent")
        try repo.git("branch", "-q", "-m", "main", "trunk")
        let result = try repo.territory(["hook", "pre-commit-framework"], environment: ["PRE_COMMIT": "1"])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("git fetch origin main"), "\(result.stderr)")
        let named = try repo.territory(["hook", "pre-commit-framework", "--base", "trunk"], environment: ["PRE_COMMIT": "1"])
        #expect(named.status == 1, "\(named.stdout)\(named.stderr)")
    }
}
