import Foundation
import TestSupport
import Testing

/// Shell commands through the guard: the write forms an agent uses to reach a file without the
/// edit tools are judged like edits; reading and building pass.
@Suite struct GuardBashTests {
    static let denied = [
        "echo hi > src/ui/App.tsx",
        "cat docs/guide.md >> src/api/routes.py",
        "printf x | tee -a docs/x.md src/ui/App.tsx",
        "sed -i 's/a/b/' src/ui/App.tsx",
        "cp docs/guide.md src/ui/Guide.tsx",
        "mv src/ui/App.tsx docs/App.tsx",
        "rm -f src/api/routes.py",
        "touch docs/a.md && touch src/ui/b.tsx",
        "mkdir -p src/ui/widgets",
        "git checkout -- src/ui/App.tsx",
        "git restore src/ui/App.tsx",
        "cd src/ui && echo x > App.tsx",
        "bash -c 'echo x > src/ui/App.tsx'",
        "rm -rf src",
        "git commit --no-verify -m wip",
        "git commit -nm wip",
        "git -c core.hooksPath=/dev/null commit -m wip",
        "git config core.hooksPath .nohooks",
        "echo evil > .git/hooks/pre-commit",
        "git config --worktree territory.agent ui-agent",
        "echo x > \"$TARGET\"",
        "ln -s ../src/ui/App.tsx docs/app.tsx && echo x > docs/app.tsx",
    ]

    static let allowed = [
        "ls -la src/ui",
        "cat src/ui/App.tsx | grep x > docs/grep.txt",
        "npm test 2>&1 | tail -5",
        "swift build > /dev/null 2>&1",
        "echo done >&2",
        "git status && git diff --stat",
        "git commit -m 'docs: guide' -m 'Agent: docs-agent'",
        "sed 's/a/b/' src/ui/App.tsx > docs/out.md",
        "cp src/ui/App.tsx docs/App-copy.tsx",
        "echo '> src/ui/App.tsx' > docs/quote.md",
        "git checkout -b docs-work",
    ]

    @Test(arguments: denied)
    func writeFormIsDenied(_ command: String) throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["guard", "--agent", "docs-agent"], input: GuardInput.bash(command, cwd: repo.path))
        #expect(GuardInput.claudeDecision(result) == "deny", "\(command): \(result.stdout)\(result.stderr)")
    }

    @Test(arguments: allowed)
    func harmlessCommandPasses(_ command: String) throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["guard", "--agent", "docs-agent"], input: GuardInput.bash(command, cwd: repo.path))
        #expect(result.status == 0 && result.stdout.isEmpty, "\(command): \(result.stdout)\(result.stderr)")
    }

    @Test func reasonNamesTheCommandAndTheOwner() throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["guard", "--agent", "docs-agent"],
                                        input: GuardInput.bash("echo hi > src/ui/App.tsx", cwd: repo.path))
        let reason = GuardInput.claudeReason(result)
        #expect(reason.contains("src/ui/App.tsx [outside-territory]") && reason.contains("ui-agent"), "\(reason)")
        let noVerify = try repo.territory(["guard", "--agent", "docs-agent"],
                                          input: GuardInput.bash("git commit --no-verify -m x", cwd: repo.path))
        #expect(GuardInput.claudeReason(noVerify).contains("--no-verify"))
    }
}
