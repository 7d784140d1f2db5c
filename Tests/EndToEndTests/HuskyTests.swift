import Foundation
import TestSupport
import Testing

/// `install-hooks` in a repository managed by Husky v9: territory's line goes into the user's
/// `.husky/<hook>` scripts, the user's commands still run, and `--uninstall` takes out exactly
/// what it added.
@Suite struct HuskyTests {
    static func git(_ arguments: [String], in folder: URL) throws -> ProcessResult {
        try Shell.run("/usr/bin/git", arguments, in: folder, environment: HookEnvironment.binary)
    }

    static func read(_ repo: GitRepository, _ path: String) -> String? {
        try? String(contentsOf: repo.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func territoryRunsBeforeTheUsersOwnCommandsWhichStillRun() throws {
        let repo = try ScenarioPlan.repository()
        try HuskyLayout.install(in: repo)
        let userPreCommit = "echo user-pre-commit-ran >&2\n"
        try repo.write(".husky/pre-commit", userPreCommit)
        // A pre-push script that reads git's ref lines, as `git lfs pre-push` does.
        try repo.write(".husky/pre-push", "#!/usr/bin/env sh\nwhile read -r local sha remote rsha; do echo \"user-saw $remote\" >&2; done\n")
        try repo.commitAll("husky scripts")

        let install = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        #expect(install.status == 0, "\(install.stderr)")
        #expect(install.stdout.contains("husky scripts"), "\(install.stdout)")
        #expect(install.stdout.contains("pre-commit: added") && install.stdout.contains("pre-merge-commit: created"), "\(install.stdout)")
        #expect(Self.read(repo, ".husky/pre-commit")?.hasSuffix(userPreCommit) == true)
        #expect(Self.read(repo, ".husky/pre-push")?.hasPrefix("#!/usr/bin/env sh\nterritory_refs=") == true, "after the #! line")
        // Husky's own folder is left alone: its stubs still only source the dispatcher.
        #expect(Self.read(repo, ".husky/_/pre-commit") == HuskyLayout.stub)

        let again = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        #expect(again.stdout.contains("pre-commit: unchanged") && again.stdout.contains("pre-push: unchanged"), "\(again.stdout)")
        // The scripts are the team's: the lines are committed on the base branch, or every
        // agent's change would carry them.
        try repo.git(["add", ".husky"])
        // --no-verify skips pre-commit, not prepare-commit-msg, which runs territory too.
        #expect(try Self.git(["commit", "-q", "--no-verify", "-m", "territory in the husky scripts"], in: repo.root).status == 0)

        // A clean commit: the user's command ran, territory said nothing.
        try repo.git("checkout", "-q", "-b", "agent/docs-agent")
        try repo.write("docs/new.md", "docs\n")
        try repo.git("add", "-A")
        let clean = try Self.git(["commit", "-q", "-m", "docs"], in: repo.root)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stderr == "user-pre-commit-ran\n", "territory prints nothing on success: \(clean.stderr)")

        // A crossing commit: territory blocks it.
        try repo.write("src/ui/App.tsx", "crossing\n")
        try repo.git("add", "-A")
        let blocked = try Self.git(["commit", "-q", "-m", "cross"], in: repo.root)
        #expect(blocked.status != 0)
        #expect((blocked.stdout + blocked.stderr).contains("outside-territory"), "\(blocked.stdout)\(blocked.stderr)")
        try repo.git("reset", "-q", "--hard")

        // Pushes: territory judges the pushed branch, and the user's command still reads git's ref lines.
        let remote = try GitRepository.bare()
        try repo.git("remote", "add", "origin", remote.path)
        let pushed = try Self.git(["push", "origin", "main", "agent/docs-agent"], in: repo.root)
        #expect(pushed.status == 0, "\(pushed.stderr)")
        #expect(pushed.stderr.contains("user-saw refs/heads/main") && pushed.stderr.contains("user-saw refs/heads/agent/docs-agent"), "\(pushed.stderr)")
        try repo.write("src/ui/App.tsx", "crossing\n")
        #expect(try Self.git(["commit", "-q", "--no-verify", "-am", "cross"], in: repo.root).status == 0)
        let refused = try Self.git(["push", "origin", "agent/docs-agent"], in: repo.root)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("src/ui/App.tsx") || refused.stdout.contains("src/ui/App.tsx"), "\(refused.stdout)\(refused.stderr)")
    }

    @Test func uninstallRemovesExactlyTerritorysLines() throws {
        let repo = try ScenarioPlan.repository()
        try HuskyLayout.install(in: repo)
        let user = "#!/usr/bin/env sh\nnpm test\n"
        try repo.write(".husky/pre-commit", user)
        _ = try TerritoryBinary.run(["install-hooks"], in: repo.root)
        #expect(Self.read(repo, ".husky/pre-commit")?.contains("hook pre-commit") == true)
        let removed = try TerritoryBinary.run(["install-hooks", "--uninstall"], in: repo.root)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.contains("pre-commit: removed"), "\(removed.stdout)")
        #expect(Self.read(repo, ".husky/pre-commit") == user)
        // Scripts territory created are gone again.
        #expect(Self.read(repo, ".husky/pre-merge-commit") == nil)
        #expect(Self.read(repo, ".husky/pre-push") == nil)
        #expect(!FileManager.default.fileExists(atPath: repo.root.appendingPathComponent(".husky/_/pre-commit.territory-chained").path))
    }
}

/// The layout Husky v9 (9.1.7, `index.js`) writes on `npm install`: `core.hooksPath` set to
/// `.husky/_`; in it a dispatcher `h`, and for each git hook a stub that sources it; the stubs
/// and `h` are executable, `_/` is git-ignored. The dispatcher here is written to Husky's
/// contract rather than copied: it runs `.husky/<hook>` (when it exists) with `sh -e` and the
/// hook's arguments and standard input, skips when `HUSKY=0`, puts `node_modules/.bin` first on
/// `PATH`, and exits with the script's status.
enum HuskyLayout {
    static let hooks = [
        "pre-commit", "pre-merge-commit", "prepare-commit-msg", "commit-msg", "post-commit", "applypatch-msg",
        "pre-applypatch", "post-applypatch", "pre-rebase", "post-rewrite", "post-checkout", "post-merge", "pre-push", "pre-auto-gc",
    ]

    /// Husky's stub for every hook, byte for byte (no final newline).
    static let stub = "#!/usr/bin/env sh\n. \"$(dirname \"$0\")/h\""

    static let dispatcher = """
        #!/usr/bin/env sh
        hook=$(basename "$0")
        script=$(dirname "$(dirname "$0")")/$hook
        [ -f "$script" ] || exit 0
        [ "${HUSKY-}" = "0" ] && exit 0
        export PATH="node_modules/.bin:$PATH"
        sh -e "$script" "$@"
        status=$?
        [ $status != 0 ] && echo "husky - $hook script failed (code $status)"
        exit $status

        """

    static func install(in repo: GitRepository) throws {
        try repo.git("config", "core.hooksPath", ".husky/_")
        try repo.write(".husky/_/.gitignore", "*")
        try repo.write(".husky/_/h", dispatcher)
        for hook in hooks { try repo.write(".husky/_/\(hook)", stub) }
        for file in ["h"] + hooks {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: repo.root.appendingPathComponent(".husky/_/\(file)").path)
        }
    }
}
