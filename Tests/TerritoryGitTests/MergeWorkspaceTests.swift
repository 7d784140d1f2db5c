import Foundation
import Testing
@testable import TerritoryGit

/// Merges write their results (merged blobs, integrated trees) into the workspace's memory only:
/// after a wave's worth of merges the repository holds exactly the files it held before.
struct MergeWorkspaceTests {
    private static func text(_ edits: [Int: String]) -> String {
        (1...16).map { edits[$0] ?? "line \($0) of a shared file" }.joined(separator: "\n") + "\n"
    }

    private func objectFiles(_ repo: TestRepository) -> [String] {
        let objects = URL(fileURLWithPath: repo.path).appendingPathComponent(".git/objects").path
        return (FileManager.default.enumerator(atPath: objects)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func mergesWriteNothingToTheRepository() throws {
        let repo = try TestRepository()
        try repo.write("shared.txt", Self.text([:]))
        try repo.commitAll("base")
        for (name, edit) in [("a", 2), ("b", 12)] {
            try repo.git("checkout", "-q", "-b", name, "main")
            try repo.write("shared.txt", Self.text([edit: "edited by \(name)"]))
            try repo.commitAll(name)
        }
        try repo.git("checkout", "-q", "-b", "c", "main")
        try repo.write("other.txt", "c\n")
        try repo.commitAll("c")
        try repo.git("checkout", "-q", "main")
        let before = objectFiles(repo)
        let refs = try repo.git("for-each-ref")

        let opened = try Repository.open(at: repo.path)
        let workspace = try MergeWorkspace(for: opened)
        let heads = try ["a", "b", "c"].map { try opened.resolveCommit($0) }
        let pair = try workspace.mergeCommits(heads[0], heads[1])
        #expect(pair.isClean)
        let steps = try workspace.integrate(base: try opened.resolveCommit("main"), branches: heads)
        #expect(steps.map(\.isClean) == [true, true, true])
        #expect(steps.map(\.method) == [.disjoint, .full, .disjoint])
        // A clean merge kept in memory: readable in the workspace, absent from the repository.
        let kept = try workspace.mergeTrees(
            ancestor: try opened.tree(ofCommit: try opened.resolveCommit("main")),
            ours: try opened.tree(ofCommit: heads[0]), theirs: try opened.tree(ofCommit: heads[1]), keepTree: true)
        let tree = try #require(kept.tree)
        #expect(try workspace.repository.changes(from: try opened.tree(ofCommit: heads[0]), to: tree).map(\.path) == ["shared.txt"])
        #expect(throws: GitCommandFailed.self) { try repo.git("cat-file", "-e", tree.description) }

        #expect(objectFiles(repo) == before)
        #expect(try repo.git("for-each-ref") == refs)
        #expect(try repo.git("status", "--porcelain").isEmpty)
    }

    @Test func predictorMatchesFullMergeOnContent() throws {
        let repo = try TestRepository()
        try repo.write("shared.txt", Self.text([:]))
        try repo.commitAll("base")
        for (name, edits) in [("a", [5: "a"]), ("b", [5: "b", 14: "b"])] {
            try repo.git("checkout", "-q", "-b", name, "main")
            try repo.write("shared.txt", Self.text(edits))
            try repo.commitAll(name)
        }
        let opened = try Repository.open(at: repo.path)
        let workspace = try MergeWorkspace(for: opened)
        let a = try opened.resolveCommit("a"), b = try opened.resolveCommit("b")
        let pair = try workspace.pair(a, b)
        #expect(pair.method == .predicted)
        #expect(pair.conflicts == [MergeConflict(path: "shared.txt", kind: .content)])
        #expect(try workspace.mergeCommits(a, b).conflicts == pair.conflicts)
    }
}
