import Foundation
import Testing
@testable import TerritoryGit

/// Staged changes as a pre-commit hook sees them. Serialized: the environment tests change the
/// process's environment and current directory.
@Suite(.serialized)
struct StagedChangesTests {
    @Test func unbornHeadStagesEverythingAsAdded() throws {
        let repo = try TestRepository()
        try repo.write("b/file.txt", "b")
        try repo.write("a.txt", "a")
        try repo.git("add", "-A")
        let staged = try Repository.open(at: repo.path).stagedChanges()
        #expect(staged.map(\.path) == ["a.txt", "b/file.txt"])
        #expect(staged.allSatisfy { $0.status == .added && $0.oldID == nil })
        #expect(staged.first?.newID?.description == (try repo.git("rev-parse", ":a.txt")))
    }

    @Test func stagedChangesEqualGitDiffCached() throws {
        let repo = try TestRepository()
        var editor = RandomTreeEditor(repo: repo, seed: 21)
        for _ in 0..<30 { try editor.add(editor.randomPath()) }
        try repo.commitAll()
        try editor.edit(steps: 10)
        try repo.git("add", "-A")
        let expected = try RawLine.parse(repo.gitData(["diff", "--cached", "--raw", "--no-renames", "--no-abbrev", "-z"]))
        #expect(!expected.isEmpty)
        #expect(try Repository.open(at: repo.path).stagedChanges(renames: .none).map(RawLine.init) == expected)
    }

    @Test func stagedExactRename() throws {
        let repo = try TestRepository()
        try repo.write("old/name.txt", "unique content\n")
        try repo.commitAll()
        try repo.git("mv", "old", "new")
        let staged = try Repository.open(at: repo.path).stagedChanges()
        #expect(staged.map(\.status) == [.renamed])
        #expect(staged.first?.oldPath == "old/name.txt" && staged.first?.path == "new/name.txt")
    }

    /// `git commit -a` points GIT_INDEX_FILE at a temporary index; the hook must diff that one.
    @Test func openFromEnvironmentFollowsGitIndexFile() throws {
        let repo = try TestRepository()
        try repo.write("a.txt", "a")
        try repo.commitAll()
        let alternate = repo.sandbox.appendingPathComponent("alternate-index").path
        try FileManager.default.copyItem(atPath: repo.path + "/.git/index", toPath: alternate)
        try repo.write("b.txt", "b")
        try repo.write("c.txt", "c")
        try repo.git("add", "b.txt", environment: ["GIT_INDEX_FILE": alternate])
        try repo.git("add", "c.txt")

        #expect(try Repository.open(at: repo.path).stagedChanges().map(\.path) == ["c.txt"])
        try withEnvironment(["GIT_DIR": repo.path + "/.git", "GIT_INDEX_FILE": alternate]) {
            let staged = try Repository.openFromEnvironment().stagedChanges()
            #expect(staged.map(\.path) == ["b.txt"])
        }
        // libgit2 1.5 refuses FROM_ENV with GIT_WORK_TREE: discovery from the cwd, same index.
        try withEnvironment(["GIT_WORK_TREE": repo.path, "GIT_INDEX_FILE": alternate], directory: repo.path) {
            let opened = try Repository.openFromEnvironment()
            #expect(opened.workingDirectory == (try repo.git("rev-parse", "--show-toplevel")))
            #expect(try opened.stagedChanges().map(\.path) == ["b.txt"])
        }
    }

    /// A relative GIT_INDEX_FILE (as `git commit -a` hands a hook) is read by the fast path,
    /// relative to the directory territory started in; `open(at:)` never looks at it.
    @Test func fastPathReadsRelativeGitIndexFile() throws {
        let repo = try TestRepository()
        try repo.write("src/a.txt", "a")
        try repo.commitAll()
        try FileManager.default.copyItem(atPath: repo.path + "/.git/index", toPath: repo.path + "/.git/next-index-1.lock")
        try repo.write("src/b.txt", "b")
        try repo.write("c.txt", "c")
        try repo.git("add", "src/b.txt", environment: ["GIT_INDEX_FILE": ".git/next-index-1.lock"])
        try repo.git("add", "c.txt")
        let expected = try StagedComparison.gitLines(repo, environment: ["GIT_INDEX_FILE": ".git/next-index-1.lock"])
        #expect(expected.map(\.path) == ["src/b.txt"])
        try withEnvironment(["GIT_DIR": ".git", "GIT_INDEX_FILE": ".git/next-index-1.lock"], directory: repo.path) {
            let opened = try Repository.openFromEnvironment()
            let result = try opened.stagedChangesWithSource(renames: .none)
            #expect(result.source == .cacheTree)
            #expect(result.changes.map(RawLine.init) == expected)
            #expect(try Repository.open(at: repo.path).stagedChanges().map(\.path) == ["c.txt"])
        }
        #expect(try StagedComparison.territory(repo).lines.map(\.path) == ["c.txt"])
    }

    private func withEnvironment(_ variables: [String: String], directory: String? = nil, _ body: () throws -> Void) throws {
        let previousDirectory = FileManager.default.currentDirectoryPath
        for (name, value) in variables { setenv(name, value, 1) }
        if let directory { #expect(FileManager.default.changeCurrentDirectoryPath(directory)) }
        defer {
            for name in variables.keys { unsetenv(name) }
            _ = FileManager.default.changeCurrentDirectoryPath(previousDirectory)
        }
        try body()
    }
}
