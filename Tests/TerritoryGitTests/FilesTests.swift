import Foundation
import Testing
@testable import TerritoryGit

/// Listing and reading a tree without a checkout, compared with `git ls-tree`.
struct FilesTests {
    private func nulSeparated(_ data: Data) -> [String] {
        data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func filesEqualLsTree(seed: UInt64) throws {
        let repo = try TestRepository()
        var editor = RandomTreeEditor(repo: repo, seed: seed)
        for _ in 0..<60 { try editor.add(editor.randomPath()) }
        try repo.git("add", "-A")
        // A submodule entry (gitlink) without a submodule checkout: it must still count as a file.
        try repo.git("update-index", "--add", "--cacheinfo", "160000,\(String(repeating: "ab", count: 20)),vendor/lib")
        try repo.git("commit", "-q", "-m", "with a gitlink")  // not commitAll: `add -A` would drop it
        let head = try repo.git("rev-parse", "HEAD")
        let opened = try Repository.open(at: repo.path)
        let tree = try opened.tree(ofCommit: opened.resolveCommit(head))
        let all = try opened.files(inTree: tree)
        #expect(all == nulSeparated(try repo.gitData(["ls-tree", "-r", "--name-only", "-z", head])))
        #expect(all.contains("vendor/lib"))
        for folder in ["a", "src", "a.b", "lib/a", "vendor"] {
            let expected = nulSeparated(try repo.gitData(["ls-tree", "-r", "--name-only", "-z", head, "--", folder + "/"]))
            #expect(try opened.files(inTree: tree, under: folder) == expected, "folder \(folder)")
            #expect(try opened.files(inTree: tree, under: folder + "/") == expected)
        }
        #expect(try opened.files(inTree: tree, under: "") == all)
        #expect(try opened.files(inTree: tree, under: "no/such/folder").isEmpty)
        #expect(try opened.files(inTree: tree, under: "vendor/lib").isEmpty)
    }

    @Test func readsBlobs() throws {
        let repo = try TestRepository()
        try repo.write("dir/a.txt", "hello\n")
        try repo.write("empty", "")
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/link", withDestinationPath: "dir/a.txt")
        let head = try repo.commitAll()
        let opened = try Repository.open(at: repo.path)
        let tree = try opened.tree(ofCommit: opened.resolveCommit(head))
        #expect(try opened.blob(at: "dir/a.txt", inTree: tree) == Array("hello\n".utf8))
        #expect(try opened.blob(at: "empty", inTree: tree) == [])
        #expect(try opened.blob(at: "link", inTree: tree) == Array("dir/a.txt".utf8))
        #expect(try opened.blob(at: "dir", inTree: tree) == nil)
        #expect(try opened.blob(at: "missing.txt", inTree: tree) == nil)
        #expect(try opened.blob(at: "dir/a.txt/deeper", inTree: tree) == nil)
        #expect(try opened.blobID(at: "dir/a.txt", inTree: tree)?.description == (try repo.git("rev-parse", "HEAD:dir/a.txt")))
    }

    /// Git paths are bytes; a name that is not UTF-8 must decode leniently, not crash.
    @Test func nonUTF8NamesDecodeLeniently() throws {
        let repo = try TestRepository()
        let blob = try repo.git("hash-object", "-w", "--stdin", input: Data("x".utf8))
        var listing = Data("100644 blob \(blob)\tbad".utf8)
        listing.append(contentsOf: [0xFF, 0xFE])
        listing.append(contentsOf: Array("name\n100644 blob \(blob)\tgood\n".utf8))
        let tree = try repo.git("mktree", input: listing)
        let opened = try Repository.open(at: repo.path)
        let id = try opened.resolveCommit(repo.git("commit-tree", tree, "-m", "odd"))
        let treeID = try opened.tree(ofCommit: id)
        #expect(try opened.files(inTree: treeID) == ["bad\u{FFFD}\u{FFFD}name", "good"])
        #expect(try opened.changes(from: nil, to: treeID).map(\.path) == ["bad\u{FFFD}\u{FFFD}name", "good"])
    }
}
