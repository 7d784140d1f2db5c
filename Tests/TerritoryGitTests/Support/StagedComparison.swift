import Foundation
import Testing
@testable import TerritoryGit

/// Compares territory's staged changes with `git diff --cached` on the same index, and tells
/// which way territory computed them, so tests can insist on the fast path or the fallback.
enum StagedComparison {
    /// git's answer: `--no-renames` because rename pairing is checked separately.
    static func gitLines(_ repo: TestRepository, environment: [String: String] = [:]) throws -> [RawLine] {
        try RawLine.parse(repo.gitData(
            ["diff", "--cached", "--raw", "--no-renames", "--no-abbrev", "-z"], environment: environment))
    }

    /// territory's answer on a repository opened by path, and its source.
    static func territory(_ repo: TestRepository) throws -> (lines: [RawLine], source: StagedChangesSource) {
        let result = try Repository.open(at: repo.path).stagedChangesWithSource(renames: .none)
        return (result.changes.map(RawLine.init), result.source)
    }

    /// The version field of the repository's index file (bytes 4..<8 of `DIRC`).
    static func indexVersion(_ repo: TestRepository) throws -> UInt32 {
        let data = try Data(contentsOf: URL(fileURLWithPath: repo.path + "/.git/index"))
        try #require(data.count >= 8 && data.prefix(4) == Data("DIRC".utf8))
        return data[4..<8].reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Whether the index holds an extension with this signature (a cheap scan; the signature
    /// strings are unlikely to appear in the small test paths or ids by accident).
    static func indexContains(_ repo: TestRepository, signature: String) throws -> Bool {
        let data = try Data(contentsOf: URL(fileURLWithPath: repo.path + "/.git/index"))
        return data.range(of: Data(signature.utf8)) != nil
    }
}
