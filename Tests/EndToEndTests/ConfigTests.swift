import Foundation
import TestSupport
import Testing

/// `.territory.yml` on the base branch: each key changes what territory reports, a bad file stops
/// it with the key and the line, and an agent's branch cannot change it for itself.
@Suite struct ConfigTests {
    static func repository(config: String, extra: (GitRepository) throws -> Void = { _ in }) throws -> GitRepository {
        let repo = try ScenarioPlan.repository()
        try repo.write(".territory.yml", config)
        try extra(repo)
        try repo.commitAll("configure territory")
        return repo
    }

    @Test func rulesMakeAPlanGapAnError() throws {
        let repo = try Self.repository(config: "version: 1\nrules:\n  unowned-path: error\n")
        try repo.branch("agent/docs-agent") { try repo.write("scripts/x.sh") }
        let result = try repo.territory(["check", "--format", "json"])
        #expect(result.status == 1)
        #expect(try JSONReport(result.stdout).finding(rule: "unowned-path", path: "scripts/x.sh")?["severity"] as? String == "error")
    }

    @Test func ignoredPathsGetNoFinding() throws {
        let repo = try Self.repository(config: "version: 1\nignore:\n  - \"**/*.lock\"\n")
        try repo.branch("agent/docs-agent") {
            try repo.write("src/ui/yarn.lock")
            try repo.write("src/ui/App.tsx", "x\n")
        }
        let result = try repo.territory(["check", "--format", "json"])
        #expect(try JSONReport(result.stdout).findingLines == ["outside-territory docs-agent src/ui/App.tsx"])
    }

    @Test func sharedPathsAreEveryonesAndAppendOnlyKeepsLines() throws {
        let repo = try Self.repository(config: "version: 1\nshared:\n  - README.md\n  - { path: CHANGELOG.md, rule: append-only }\n") { repo in
            try repo.write("CHANGELOG.md", "- api: first\n")
        }
        try repo.branch("agent/docs-agent") {
            try repo.write("README.md", "docs rewrites the readme\n")
            try repo.write("CHANGELOG.md", "- api: first\n- docs: second\n")
        }
        try repo.branch("agent/ui-agent") { try repo.write("CHANGELOG.md", "- ui: rewritten\n") }
        let result = try repo.territory(["check", "--format", "json"])
        let report = try JSONReport(result.stdout)
        #expect(report.findingLines == ["shared-rule ui-agent CHANGELOG.md"])
        let finding = try #require(report.finding(rule: "shared-rule", path: "CHANGELOG.md"))
        #expect((finding["plan"] as? [String: Any])?["file"] as? String == ".territory.yml")
        #expect((finding["plan"] as? [String: Any])?["line"] as? Int == 4)
    }

    @Test func planAndBaseAreNamedByTheFile() throws {
        let repo = try Self.repository(config: "version: 1\nplan: \(ScenarioPlan.path)\nbase: develop\n") { repo in
            try repo.write("docs/agent-assignments.md", "## Agent 1: other-agent\n### Territory\n- `src/**`\n")
        }
        try repo.git("branch", "develop")
        try repo.branch("agent/ui-agent", from: "develop") { try repo.write("docs/guide.md", "ui\n") }
        let result = try repo.territory(["check", "--format", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        let report = try JSONReport(result.stdout)
        #expect(report.findingLines == ["outside-territory ui-agent docs/guide.md"])
        #expect((report.object["base"] as? String)?.hasPrefix("develop@") == true)
    }

    @Test func waiverAuthorsAndTrailerKey() throws {
        let repo = try Self.repository(config: "version: 1\nwaiver-authors: [lead@example.com]\ntrailer: Agent-Id\n")
        try repo.git("checkout", "-q", "-b", "shared")
        try repo.write("src/ui/App.tsx", "docs\n")
        try repo.git("add", "-A")
        try repo.git(["commit", "-q", "-m", "x\n\nAgent-Id: docs-agent\nTerritory-Waiver: path=src/ui/App.tsx agent=docs-agent expires=2999-01-01 reason=\"agreed\""],
                     environment: ["GIT_AUTHOR_EMAIL": "lead@example.com"])
        try repo.git("checkout", "-q", "main")
        let result = try repo.territory(["check", "--commits", "shared", "--format", "json"])
        #expect(result.status == 0, "\(result.stdout)")
        let report = try JSONReport(result.stdout)
        #expect(report.finding(rule: "outside-territory", path: "src/ui/App.tsx")?["agent"] as? String == "docs-agent")
        #expect(report.finding(rule: "outside-territory", path: "src/ui/App.tsx")?["severity"] as? String == "note")
    }

    @Test func aBadFileStopsWithTheKeyAndLine() throws {
        let repo = try Self.repository(config: "version: 1\nrules:\n  unowned-path: fatal\n")
        try repo.branch("agent/docs-agent") { try repo.write("docs/x.md") }
        for arguments in [["check"], ["lint"], ["hook", "pre-commit"]] {
            let result = try repo.territory(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains(".territory.yml:3: rules.unowned-path:"), "\(arguments): \(result.stderr)")
        }
    }

    /// An agent's branch that loosens the file is judged by the base's file, and its edit of the
    /// file is a plan edit.
    @Test func aBranchCannotLoosenItsOwnConfiguration() throws {
        let repo = try Self.repository(config: "version: 1\n")
        try repo.branch("agent/docs-agent") {
            try repo.write(".territory.yml", "version: 1\nignore: [\"**\"]\n")
            try repo.write("src/ui/App.tsx", "docs\n")
        }
        let result = try repo.territory(["check", "--format", "json"])
        #expect(result.status == 1)
        #expect(try JSONReport(result.stdout).findingLines == [
            "outside-territory docs-agent src/ui/App.tsx", "plan-modified docs-agent .territory.yml",
        ])
    }
}
