import Foundation
import TestSupport

/// Random pairs for the reduced-merge test: a base of files in nested folders, and branches that
/// edit, delete, rename (sometimes with an edit, sometimes across folders), add, flip the
/// executable bit, turn a file into a folder and a folder into a file: every shape whose paths a
/// reduced tree could get wrong.
struct MergeShapeGenerator {
    var random: SeededRandom
    let files = ["top.txt", "a/one.txt", "a/two.txt", "a/deep/three.txt", "a/deep/four.txt",
                 "b/five.txt", "b/six.txt", "b/sub/seven.txt", "c/eight.txt", "c/nine.txt"]

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    static func text(_ seed: String, edits: [Int: String] = [:]) -> String {
        (1...16).map { edits[$0] ?? "\(seed) line \($0) with enough words to be a line" }.joined(separator: "\n") + "\n"
    }

    func makeBase(_ repo: TestRepository) throws {
        for file in files { try repo.write(file, Self.text(file)) }
        try repo.commitAll("base")
    }

    /// A branch `name` from main with 1–5 random operations, in one commit.
    mutating func makeBranch(_ name: String, in repo: TestRepository) throws {
        try repo.git("checkout", "-q", "-b", name, "main")
        for _ in 0..<Int.random(in: 1...5, using: &random) {
            try repo.git("add", "-A")
            let present = try repo.git("ls-files").split(separator: "\n").map(String.init)
            guard let file = present.randomElement(using: &random) else { break }
            let url = repo.path + "/" + file
            switch Int.random(in: 0..<12, using: &random) {
            case 0..<4:
                let line = Int.random(in: 1...15, using: &random)
                try repo.write(file, Self.text(file, edits: [line: "\(name) edit", line + 1: "\(name) edit too"]))
            case 4..<6:
                try repo.remove(file)
            case 6..<8:
                let folder = ["a", "b", "c", "a/deep"].randomElement(using: &random) ?? "a"
                let target = "\(folder)/moved-\(URL(fileURLWithPath: file).lastPathComponent)"
                guard Self.canWrite(target, in: repo) else { continue }
                let content = try String(contentsOfFile: url, encoding: .utf8)
                try repo.remove(file)
                try repo.write(target, Bool.random(using: &random) ? content : content + "\(name) tail\n")
            case 8:
                // A file becomes a folder of the same name.
                try repo.remove(file)
                try repo.write(file + "/inside.txt", Self.text(file + name))
            case 9:
                // A folder becomes a file of the same name.
                let folder = (file as NSString).deletingLastPathComponent
                guard !folder.isEmpty else { continue }
                try repo.remove(folder)
                try repo.write(folder, "now a file in \(name)\n")
            case 10:
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url)
            default:
                let added = ["a", "b", "c", "a/deep"].randomElement(using: &random) ?? "a"
                let target = "\(added)/new\(Int.random(in: 0..<3, using: &random)).txt"
                guard Self.canWrite(target, in: repo) else { continue }
                try repo.write(target, "added by \(name)\n" + Self.text(added))
            }
        }
        try repo.commitAll(name)
        try repo.git("checkout", "-q", "main")
    }

    /// False when a folder on the way to `path` has become a file on this branch.
    private static func canWrite(_ path: String, in repo: TestRepository) -> Bool {
        let parts = path.split(separator: "/").dropLast()
        return parts.indices.allSatisfy { end in
            let folder = repo.path + "/" + parts[...end].joined(separator: "/")
            let type = (try? FileManager.default.attributesOfItem(atPath: folder))?[.type] as? FileAttributeType
            return type != .typeRegular
        }
    }
}
