import Foundation
import Testing
@testable import TerritoryGit

/// The staged-changes fast path (index file + cache-tree) against `git diff --cached`, for
/// every index version, with invalidated and with valid cache-trees, and where it must fall
/// back to libgit2. Every comparison also checks which path answered.
struct StagedIndexTests {
    @Test(arguments: [UInt32(2), 3, 4], [UInt64(1), 7, 42, 1001])
    func fastPathEqualsGitDiffCached(version: UInt32, seed: UInt64) throws {
        let repo = try TestRepository()
        var editor = RandomTreeEditor(repo: repo, seed: seed)
        for _ in 0..<40 { try editor.add(editor.randomPath()) }
        try repo.commitAll()
        try repo.git("update-index", "--index-version", String(version))
        try editor.edit(steps: 14)
        try repo.git("add", "-A")
        if version >= 3 {
            // An intent-to-add entry carries an extended flag; `git diff --cached` hides it.
            try repo.write("intent/to-add.txt", "later\n")
            try repo.git("add", "-N", "intent/to-add.txt")
        }
        #expect(try StagedComparison.indexVersion(repo) == version)
        let expected = try StagedComparison.gitLines(repo)
        #expect(!expected.isEmpty)
        // Freshly added: the cache-tree nodes along every changed path are invalidated.
        let fresh = try StagedComparison.territory(repo)
        #expect(fresh.source == .cacheTree)
        #expect(fresh.lines == expected)
        // After write-tree every node is valid again, with ids that differ from HEAD's.
        try repo.git("write-tree")
        let written = try StagedComparison.territory(repo)
        #expect(written.source == .cacheTree)
        #expect(written.lines == (try StagedComparison.gitLines(repo)))
    }

    @Test func gitlinksExecutableBitsAndTypeChanges() throws {
        let repo = try TestRepository()
        try repo.write("tool.sh", "#!/bin/sh\n")
        try repo.write("link", "file first\n")
        try repo.write("deep/a/b/c.txt", "c\n")
        let commit = try repo.commitAll()
        try repo.git("update-index", "--add", "--cacheinfo", "160000,\(commit),vendor/sub")
        try repo.git("commit", "-q", "-m", "submodule")
        try repo.git("update-index", "--chmod=+x", "tool.sh")
        try repo.remove("link")
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/link", withDestinationPath: "tool.sh")
        try repo.git("add", "link")
        let other = try repo.git("rev-parse", "HEAD~1")
        try repo.git("update-index", "--cacheinfo", "160000,\(try repo.git("rev-parse", "HEAD")),vendor/sub")
        try repo.git("update-index", "--add", "--cacheinfo", "160000,\(other),vendor/new-sub")
        let result = try StagedComparison.territory(repo)
        #expect(result.source == .cacheTree)
        #expect(result.lines == (try StagedComparison.gitLines(repo)))
        #expect(result.lines.map { "\($0.status) \($0.path)" } == ["T link", "M tool.sh", "A vendor/new-sub", "M vendor/sub"])
    }

    @Test func unbornHeadWithCacheTreeAddsEverything() throws {
        let repo = try TestRepository()
        try repo.write("b/file.txt", "b\n")
        try repo.write("a", "a\n")
        try repo.git("add", "-A")
        // `git add` on a fresh index writes no cache-tree: the fast path cannot be sure.
        #expect(try StagedComparison.territory(repo).source == .libgit2)
        try repo.git("write-tree")
        let result = try StagedComparison.territory(repo)
        #expect(result.source == .cacheTree)
        #expect(result.lines == (try StagedComparison.gitLines(repo)))
        #expect(result.lines.map(\.path) == ["a", "b/file.txt"])
    }

    /// Only the trees along the staged path are read: every sibling folder is skipped because
    /// its cache-tree node is valid and equal to HEAD's subtree.
    @Test func cacheTreeSkipsUnchangedFolders() throws {
        let repo = try TestRepository()
        for package in 0..<8 { for folder in 0..<4 { try repo.write("p\(package)/d\(folder)/f.txt", "\(package)\(folder)\n") } }
        try repo.commitAll()
        try repo.write("p3/d2/f.txt", "changed\n")
        try repo.git("add", "p3/d2/f.txt")
        let repository = try Repository.open(at: repo.path)
        let index = try #require(IndexFile(path: repository.indexFilePath))
        var differ = StagedDiffer(repository: repository, index: index)
        try differ.diffAll(head: try repository.headCommit().map { try repository.tree(ofCommit: $0) })
        #expect(differ.records.map { String(decoding: $0.path, as: UTF8.self) } == ["p3/d2/f.txt"])
        #expect(differ.loadedTrees == 3)  // root, p3, p3/d2
    }

    /// A split index keeps most entries in a shared file (`link` extension): the fast path
    /// must not guess, libgit2 1.5.1 refuses the extension, so git's own `diff-index` answers,
    /// exactly as `git diff --cached`. Unsplit, the fast path answers.
    @Test func splitIndexIsReadThroughGit() throws {
        let repo = try TestRepository()
        var editor = RandomTreeEditor(repo: repo, seed: 5)
        for _ in 0..<20 { try editor.add(editor.randomPath()) }
        try repo.commitAll()
        try repo.git("update-index", "--split-index")
        try editor.edit(steps: 6)
        try repo.git("add", "-A")
        #expect(try StagedComparison.indexContains(repo, signature: "link"))
        let repository = try Repository.open(at: repo.path)
        #expect(try repository.cacheTreeStagedRecords() == nil)
        let (changes, source) = try repository.stagedChangesWithSource(renames: .none)
        #expect(source == .gitCommand)
        #expect(changes.map(RawLine.init) == (try RawLine.parse(repo.gitData(["diff", "--cached", "--raw", "--no-renames", "--no-abbrev", "-z"]))))
        try repo.git("update-index", "--no-split-index")
        let result = try StagedComparison.territory(repo)
        #expect(result.source == .cacheTree)
        #expect(result.lines == (try StagedComparison.gitLines(repo)))
    }

    /// Conflict stages (an unfinished merge) are left to libgit2.
    @Test func conflictEntriesFallBackToLibgit2() throws {
        let repo = try TestRepository()
        try repo.write("f.txt", "base\n")
        try repo.commitAll()
        let blob = try repo.git("rev-parse", "HEAD:f.txt")
        try repo.git("update-index", "--index-info", input: Data("0 \(String(repeating: "0", count: 40))\tf.txt\n100644 \(blob) 1\tf.txt\n100644 \(blob) 2\tf.txt\n".utf8))
        #expect(try repo.git("ls-files", "-u").isEmpty == false)
        #expect(try Repository.open(at: repo.path).stagedChangesWithSource(renames: .none).source == .libgit2)
    }
}
