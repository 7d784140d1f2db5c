import Foundation
import TestSupport
import Testing

/// `install-hooks`: the right folder, idempotent, chaining an existing hook, and an uninstall
/// that restores what was there.
@Suite struct InstallHooksTests {
    static func read(_ url: URL) -> String? { try? String(contentsOf: url, encoding: .utf8) }

    @Test func installIsIdempotentChainsAndUninstallRestores() throws {
        let repo = try ScenarioPlan.repository()
        let hooks = repo.root.appendingPathComponent(".git/hooks")
        let own = "#!/bin/sh\necho own-hook-ran >&2\nexit 0\n"
        try Data(own.utf8).write(to: hooks.appendingPathComponent("pre-commit"))
        _ = try Shell.run("/bin/chmod", ["+x", hooks.appendingPathComponent("pre-commit").path], in: repo.root)

        let first = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        #expect(first.stdout.contains("pre-commit: chained"), "\(first.stdout)\(first.stderr)")
        #expect(Self.read(hooks.appendingPathComponent("pre-commit.territory-chained")) == own)
        let installed = Self.read(hooks.appendingPathComponent("pre-commit"))
        let second = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        #expect(second.stdout.contains("pre-commit: unchanged"))
        #expect(Self.read(hooks.appendingPathComponent("pre-commit")) == installed)

        // The chained hook still runs, before territory.
        try repo.write("docs/x.md")
        try repo.git("add", "-A")
        let commit = try Shell.run("/usr/bin/git", ["commit", "-q", "-m", "x"], in: repo.root, environment: HookEnvironment.binary)
        #expect(commit.stderr.contains("own-hook-ran"))

        let removed = try TerritoryBinary.run(["install-hooks", "--uninstall"], in: repo.root)
        #expect(removed.stdout.contains("pre-commit: restored"))
        #expect(removed.stdout.contains("pre-push: removed"))
        #expect(Self.read(hooks.appendingPathComponent("pre-commit")) == own)
        #expect(!FileManager.default.fileExists(atPath: hooks.appendingPathComponent("pre-push").path))
        #expect(!FileManager.default.fileExists(atPath: hooks.appendingPathComponent("pre-commit.territory-chained").path))
    }

    @Test func coreHooksPathAndLinkedWorktreesShareOneFolder() throws {
        let repo = try ScenarioPlan.repository()
        let worktree = repo.root.appendingPathComponent("wt")
        try repo.git("worktree", "add", "-q", "-b", "agent/ui-agent", worktree.path)
        let fromWorktree = try TerritoryBinary.run(["install-hooks"], in: worktree)
        #expect(fromWorktree.stdout.contains("hooks folder \(repo.root.resolvingSymlinksInPath().path)/.git/hooks")
            || fromWorktree.stdout.contains("hooks folder \(repo.root.path)/.git/hooks"), "\(fromWorktree.stdout)")
        try repo.git("config", "core.hooksPath", ".githooks")
        let configured = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        #expect(configured.stdout.contains("/.githooks"), "\(configured.stdout)")
        #expect(FileManager.default.fileExists(atPath: repo.root.appendingPathComponent(".githooks/pre-commit").path))
    }

    @Test func failingChainedHookStopsTheCommitAndModeIsRestored() throws {
        let repo = try ScenarioPlan.repository()
        let hook = repo.root.appendingPathComponent(".git/hooks/pre-commit")
        try Data("#!/bin/sh\necho refused-by-own-hook >&2\nexit 3\n".utf8).write(to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o750], ofItemAtPath: hook.path)
        _ = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        try repo.write("docs/x.md")
        try repo.git("add", "-A")
        let commit = try Shell.run("/usr/bin/git", ["commit", "-q", "-m", "x"], in: repo.root, environment: HookEnvironment.binary)
        #expect(commit.status != 0)
        #expect(commit.stderr.contains("refused-by-own-hook"))
        _ = try TerritoryBinary.run(["install-hooks", "--uninstall"], in: repo.root)
        let mode = try FileManager.default.attributesOfItem(atPath: hook.path)[.posixPermissions] as? Int
        #expect(mode == 0o750)
    }

    @Test func shippedHookScriptBlocksACrossing() throws {
        let repo = try ScenarioPlan.repository()
        let hook = repo.root.appendingPathComponent(".git/hooks/pre-commit")
        try FileManager.default.copyItem(at: PackageRoot.url.appendingPathComponent("Hooks/pre-commit"), to: hook)
        try repo.git("checkout", "-q", "-b", "agent/docs-agent")
        try repo.write("src/ui/App.tsx", "crossing\n")
        try repo.git("add", "-A")
        let commit = try Shell.run("/usr/bin/git", ["commit", "-q", "-m", "x"], in: repo.root, environment: HookEnvironment.binary)
        #expect(commit.status != 0)
        #expect((commit.stdout + commit.stderr).contains("outside-territory"))
    }
}
