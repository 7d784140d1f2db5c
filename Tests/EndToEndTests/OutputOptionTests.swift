import Foundation
import TestSupport
import Testing

/// Options only where they mean something, `--quiet`, hooks that say nothing when nothing
/// blocks, and "could not check" as a GitHub annotation.
@Suite struct OutputOptionTests {
    static func crossing() throws -> GitRepository {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/docs-agent") { try repo.write("src/ui/App.tsx", "x\n") }
        try repo.branch("agent/ui-agent") { try repo.write("src/ui/Button.tsx", "x\n") }
        return repo
    }

    @Test func eachCommandTakesOnlyItsOwnOutputOptions() throws {
        let repo = try ScenarioPlan.repository()
        for arguments in [
            ["guard", "--path", "docs/x.md", "--format", "json"], ["install-hooks", "--format", "json"],
            ["show", "--format", "sarif"], ["who", "docs/x.md", "--format", "markdown"], ["rules", "--quiet"],
            ["show", "--quiet"], ["guard", "--path", "docs/x.md", "--no-color"],
        ] {
            let result = try repo.territory(arguments)
            #expect(result.status == 2, "territory \(arguments.joined(separator: " ")) should be a usage error: \(result.stdout)")
        }
        for arguments in [["show", "--format", "markdown"], ["who", "docs/x.md", "--format", "json"], ["lint", "--format", "codeclimate"],
                          ["show", "--color", "never"], ["rules", "--format", "json"]] {
            let result = try repo.territory(arguments)
            #expect(result.status == 0, "territory \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        let help = try repo.territory(["guard", "--help"])
        #expect(!help.stdout.contains("--format") && !help.stdout.contains("--quiet") && help.stdout.contains("-C <dir>"), "\(help.stdout)")
    }

    @Test func quietPrintsOnlyTheFindings() throws {
        let repo = try Self.crossing()
        let quiet = try repo.territory(["check", "--quiet"])
        #expect(quiet.status == 1)
        #expect(quiet.stdout.hasPrefix("docs-agent — agent/docs-agent"), "no heading: \(quiet.stdout)")
        #expect(quiet.stdout.contains("outside-territory  src/ui/App.tsx"))
        #expect(!quiet.stdout.contains("ui-agent —"), "no clean agents: \(quiet.stdout)")
        #expect(!quiet.stdout.contains("error,") && !quiet.stdout.contains("checked"), "no summary: \(quiet.stdout)")
        let clean = try repo.territory(["check", "--quiet", "agent/ui-agent"])
        #expect(clean.status == 0 && clean.stdout.isEmpty && clean.stderr.isEmpty, "\(clean.stdout)\(clean.stderr)")
    }

    @Test func installedHooksSayNothingWhenNothingBlocks() throws {
        let repo = try ScenarioPlan.repository()
        _ = try TerritoryBinary.run(["install-hooks", "--quiet"], in: repo.root)
        let git = { (arguments: [String]) in try Shell.run("/usr/bin/git", arguments, in: repo.root, environment: HookEnvironment.binary) }
        try repo.git("checkout", "-q", "-b", "agent/docs-agent")
        try repo.write("docs/new.md", "docs\n")
        try repo.git("add", "-A")
        let clean = try git(["commit", "-q", "-m", "docs"])
        #expect(clean.status == 0 && clean.stdout.isEmpty && clean.stderr.isEmpty, "\(clean.stdout)\(clean.stderr)")
        try repo.git("checkout", "-q", "-b", "feature/x")
        try repo.write("src/ui/App.tsx", "a human edit\n")
        try repo.git("add", "-A")
        let stranger = try git(["commit", "-q", "-m", "human"])
        #expect(stranger.status == 0)
        #expect(stranger.stdout.isEmpty && stranger.stderr == "territory: branch feature/x belongs to no agent; not checked\n", "\(stranger.stderr)")
    }

    @Test func couldNotCheckIsAnErrorAnnotationUnderGitHubFormat() throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["check", "--base", "origin/nowhere", "--format", "github"])
        #expect(result.status == 2)
        #expect(result.stdout.hasPrefix("::error title=territory could not check::"), "\(result.stdout)")
        #expect(result.stdout.contains("origin/nowhere"))
        #expect(result.stderr.contains("territory: error:"))
        let text = try repo.territory(["check", "--base", "origin/nowhere"])
        #expect(text.status == 2 && text.stdout.isEmpty)
    }
}
