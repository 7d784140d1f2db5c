import Foundation
import TestSupport

/// Builds random working trees and random edits of them (nested folders, modifies, deletes,
/// adds, file<->folder switches, mode flips, symlinks) for comparing the differ against git.
struct RandomTreeEditor {
    let repo: TestRepository
    var generator: SeededRandom
    private(set) var files: Set<String> = []

    /// Names chosen so git's ordering quirks show up: "a" sorts after "a-b" and "a.b" as a
    /// folder ("a/") but before them as a file.
    private let folders = ["a", "a-b", "a.b", "src", "lib"]
    private let names = ["a", "a.b", "x.txt", "z", "0"]

    init(repo: TestRepository, seed: UInt64) {
        self.repo = repo
        generator = SeededRandom(seed: seed)
    }

    mutating func randomPath() -> String {
        let depth = Int.random(in: 0...3, using: &generator)
        let parts = (0..<depth).map { _ in folders.randomElement(using: &generator) ?? "a" }
        return (parts + [names.randomElement(using: &generator) ?? "x.txt"]).joined(separator: "/")
    }

    /// Adds a file unless the path clashes with an existing file or folder.
    mutating func add(_ path: String) throws {
        let clashes = files.contains(path) || files.contains { $0.hasPrefix(path + "/") }
            || prefixes(of: path).contains { files.contains($0) }
        guard !clashes else { return }
        // A folder emptied by earlier deletions may still be on disk; git does not track it.
        try? FileManager.default.removeItem(atPath: repo.path + "/" + path)
        try repo.write(path, "content of \(path) \(generator.next())\n")
        files.insert(path)
    }

    mutating func edit(steps: Int) throws {
        for _ in 0..<steps {
            let existing = files.sorted()
            guard let file = existing.randomElement(using: &generator) else { try add(randomPath()); continue }
            switch Int.random(in: 0..<7, using: &generator) {
            case 0: try repo.write(file, "modified \(generator.next())\n")
            case 1: try delete(file)
            case 2: try add(randomPath())
            case 3:  // file -> folder
                try delete(file)
                try add(file + "/inner.txt")
            case 4:  // folder -> file
                guard let folder = prefixes(of: file).last else { continue }
                files = files.filter { !$0.hasPrefix(folder + "/") }
                try repo.remove(folder)
                try add(folder)
            case 5: try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: repo.path + "/" + file)
            default:  // file -> symlink (a type change)
                try repo.remove(file)
                try FileManager.default.createSymbolicLink(atPath: repo.path + "/" + file, withDestinationPath: "target")
            }
        }
    }

    private mutating func delete(_ file: String) throws {
        try repo.remove(file)
        files.remove(file)
    }

    private func prefixes(of path: String) -> [String] {
        let parts = path.split(separator: "/")
        return (1..<max(parts.count, 1)).map { parts[0..<$0].joined(separator: "/") }
    }
}
