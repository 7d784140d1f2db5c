import Foundation
import TerritoryEngine

/// Carries out a setup the engine decided: writes the files that need writing, under the
/// working tree root, and says one line per file. With `dryRun`, prints each file it would
/// write, whole, and writes nothing.
struct SetupWriter {
    let root: String
    let dryRun: Bool

    /// The text of a working-tree file (repository-relative), or nil when there is none.
    static func read(root: String, _ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: root + "/" + path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// One line per file, in order; throws on the first file that cannot be written.
    func apply(_ files: [SetupFile]) throws -> [String] {
        var lines: [String] = []
        for file in files {
            switch file.action {
            case .unchanged:
                lines.append("unchanged \(file.path)")
            case .kept:
                lines.append("kept \(file.path): it differs from what territory would write (--force replaces it)")
            case .create, .replace, .merge:
                let verb = Self.verb(file.action)
                if dryRun {
                    lines.append("would \(verb.present) \(file.path):")
                    lines += file.contents.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "    " + $0 }
                } else {
                    try write(file)
                    lines.append("\(verb.past) \(file.path)")
                }
            }
        }
        if dryRun { lines.append("(dry run: nothing written)") }
        return lines
    }

    private static func verb(_ action: SetupAction) -> (present: String, past: String) {
        switch action {
        case .create: ("create", "created")
        case .replace: ("replace", "replaced")
        default: ("merge the guard into", "merged the guard into")
        }
    }

    private func write(_ file: SetupFile) throws {
        let url = URL(fileURLWithPath: root + "/" + file.path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url, options: .atomic)
        } catch {
            throw UserError("cannot write \(file.path): \(error.localizedDescription)", hint: "check that the folder is writable")
        }
    }
}
