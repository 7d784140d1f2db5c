import Foundation
import Testing
@testable import TerritoryGit

/// The subtree-skipping differ must agree with `git diff --raw --no-renames` exactly: paths,
/// statuses, order and blob ids.
struct ChangesTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func matchesGitOnRandomTrees(seed: UInt64) throws {
        let repo = try TestRepository()
        var editor = RandomTreeEditor(repo: repo, seed: seed)
        for _ in 0..<40 { try editor.add(editor.randomPath()) }
        let base = try repo.commitAll("base")
        try editor.edit(steps: 12)
        let head = try repo.commitAll("edits")
        let opened = try Repository.open(at: repo.path)
        let baseTree = try opened.tree(ofCommit: opened.resolveCommit(base))
        let headTree = try opened.tree(ofCommit: opened.resolveCommit(head))
        let ours = try opened.changes(from: baseTree, to: headTree, renames: .none).map(RawLine.init)
        let gits = try RawLine.parse(repo.gitData(["diff", "--raw", "--no-renames", "--no-abbrev", "-z", base, head]))
        #expect(!gits.isEmpty)
        #expect(ours == gits, "seed \(seed)")
        // Reversed, and against the empty tree (everything added).
        let reversed = try RawLine.parse(repo.gitData(["diff", "--raw", "--no-renames", "--no-abbrev", "-z", head, base]))
        #expect(try opened.changes(from: headTree, to: baseTree, renames: .none).map(RawLine.init) == reversed)
        let all = try opened.changes(from: nil, to: headTree, renames: .none)
        #expect(all.allSatisfy { $0.status == .added })
        #expect(all.map(\.path) == (try opened.files(inTree: headTree)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(try opened.changes(from: headTree, to: headTree).isEmpty)
    }

    @Test func exactRenamesCarryBothPaths() throws {
        let repo = try TestRepository()
        try repo.write("docs/guide.md", "a unique guide\n")
        try repo.write("src/a.txt", String(repeating: "line of text\n", count: 20))
        try repo.write("empty/one", "")
        let base = try repo.commitAll()
        try repo.remove("docs/guide.md")
        try repo.write("handbook/guide.md", "a unique guide\n")
        try repo.remove("src/a.txt")
        try repo.write("src/b.txt", String(repeating: "line of text\n", count: 20) + "one more\n")
        try repo.remove("empty/one")
        try repo.write("empty/two", "")
        let head = try repo.commitAll()
        let opened = try Repository.open(at: repo.path)
        let old = try opened.tree(ofCommit: opened.resolveCommit(base))
        let new = try opened.tree(ofCommit: opened.resolveCommit(head))

        let exact = try opened.changes(from: old, to: new)
        let guide = FileChange(
            status: .renamed, path: "handbook/guide.md", oldPath: "docs/guide.md",
            oldID: try opened.blobID(at: "docs/guide.md", inTree: old), newID: try opened.blobID(at: "handbook/guide.md", inTree: new))
        #expect(exact.contains(guide))
        #expect(exact.map(\.status.rawValue) == ["D", "A", "R", "D", "A"])  // empty/one, empty/two, handbook, src/a, src/b
        #expect(exact.map(\.path) == ["empty/one", "empty/two", "handbook/guide.md", "src/a.txt", "src/b.txt"])
        #expect(guide.touchedPaths == ["docs/guide.md", "handbook/guide.md"])

        let similar = try opened.changes(from: old, to: new, renames: .similar)
        #expect(similar.contains { $0.status == .renamed && $0.oldPath == "src/a.txt" && $0.path == "src/b.txt" })
        #expect(similar.contains { $0.status == .renamed && $0.oldPath == "docs/guide.md" })
        #expect(!similar.contains { $0.path == "src/a.txt" })

        let none = try opened.changes(from: old, to: new, renames: .none)
        #expect(none.count == 6 && !none.contains { $0.status == .renamed })
    }
}
