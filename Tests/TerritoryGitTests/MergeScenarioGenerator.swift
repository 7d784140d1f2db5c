import Foundation
import TestSupport

/// Random waves for the agreement test: a base of 12 files of 16 lines in 3 folders, and
/// branches that edit lines, delete, rename (within a folder, sometimes with an edit) and add
/// files from a small pool of names, so that every conflict kind turns up.
struct MergeScenarioGenerator {
    var random: SeededRandom
    let files = (0..<12).map { "dir\($0 % 3)/file\($0).txt" }

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    static func text(_ file: String, edits: [Int: String] = [:]) -> String {
        (1...16).map { edits[$0] ?? "\(file) line \($0) with enough words to be a line" }.joined(separator: "\n") + "\n"
    }

    func makeBase(_ repo: TestRepository) throws {
        for file in files { try repo.write(file, Self.text(file)) }
        try repo.commitAll("base")
    }

    /// A branch `name` from main with 1–4 random operations, in one commit.
    mutating func makeBranch(_ name: String, in repo: TestRepository) throws {
        try repo.git("checkout", "-q", "-b", name, "main")
        var present = Set(files)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            guard let file = present.sorted().randomElement(using: &random) else { break }
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<5:
                let line = Int.random(in: 1...16, using: &random)
                try repo.write(file, Self.text(file, edits: [line: "\(name) edit", line + 1: "\(name) edit too"]))
            case 5..<7:
                try repo.git("rm", "-q", "-f", file)
                present.remove(file)
            case 7..<9:
                let target = file.replacingOccurrences(of: "file", with: "renamed")
                try repo.git("add", file)
                try repo.git("mv", "-f", file, target)
                if Bool.random(using: &random) { try repo.write(target, Self.text(file, edits: [16: "\(name) tail"])) }
                present.remove(file)
            default:
                let added = "dir\(Int.random(in: 0..<3, using: &random))/new\(Int.random(in: 0..<3, using: &random)).txt"
                try repo.write(added, "added by \(name)\n" + Self.text(added))
            }
        }
        try repo.commitAll(name)
        try repo.git("checkout", "-q", "main")
    }
}
