import Foundation
import Testing
@testable import TerritoryKit

/// `Glob` against git's own `:(glob)` pathspecs on a generated repository.
///
/// Git's `:(glob)PATTERN` matches the path itself (and, for a wildcard-free pattern, what lies
/// beneath); our "or any leading directory" rule is `:(glob)PATTERN` ∪ `:(glob)PATTERN/**`, so
/// that union is what we compare with. Left out on purpose, because git means something else:
/// - braces: pathspecs have no alternation;
/// - `[` `]`: git classes, our literals (the tree has no such names);
/// - a leading `/`: git reads it as the file system root, so it is given to git without it;
/// - a trailing `/` after a wildcard: `:(glob)src/*/` matches nothing in git (it wants a path
///   ending in `/`), while `:(glob)src/api/` matches the folder's contents; we mean the contents
///   in both cases, so such a pattern is given to git as `src/*/**`;
/// - `?` on a non-ASCII path: git's `?` is one byte, ours one Unicode scalar.
struct PatternGitTests {
    @Test("Glob equals git ls-files :(glob)", arguments: [11, 12, 13] as [UInt64])
    func againstGit(seed: UInt64) throws {
        var generator = PatternGenerator(seed: seed, gitSafe: true)
        let paths = generator.tree(count: 300)
        let repository = try Self.makeRepository(paths)
        defer { try? FileManager.default.removeItem(at: repository) }

        for _ in 0..<60 {
            let pattern = generator.pattern(from: paths, braces: false)
            var gitPattern = pattern
            while gitPattern.hasPrefix("./") { gitPattern.removeFirst(2) }
            if gitPattern.hasPrefix("/") { gitPattern.removeFirst() }
            var expected = try Self.lsFiles(repository, gitPattern)
            if gitPattern.hasSuffix("/") {
                expected = try Self.lsFiles(repository, gitPattern + "**")
            } else {
                expected.formUnion(try Self.lsFiles(repository, gitPattern + "/**"))
            }

            let glob = try Glob(pattern)
            for path in paths {
                if pattern.contains("?"), !path.utf8.allSatisfy({ $0 < 0x80 }) { continue }
                #expect(glob.matches(path) == expected.contains(path), "\(pattern) on \(path)")
            }
        }
    }

    static func makeRepository(_ paths: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("territory-pattern-git-\(UUID().uuidString)")
        for path in paths {
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: file)
        }
        _ = try git(root, ["init", "-q"])
        _ = try git(root, ["add", "-A"])
        return root
    }

    static func lsFiles(_ repository: URL, _ pattern: String) throws -> Set<String> {
        let output = try git(repository, ["ls-files", "-z", "--", ":(glob)" + pattern])
        return Set(output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
    }

    static func git(_ directory: URL, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        for key in ["GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE", "GIT_COMMON_DIR"] { environment[key] = nil }
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
        return data
    }
}
