import Foundation
import TerritoryEngine
#if canImport(Glibc)
import Glibc
#endif

/// Where a command's output goes: standard output, or a file given with `--output`.
enum FileOutput {
    static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes `text` to `path`, or to standard output when there is none.
    static func write(_ text: String, to path: String?) throws {
        guard let path else { return standardOutput(text) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw UserError("cannot write the report to \(path): \(error.localizedDescription)",
                            hint: "check that the folder exists and is writable, or leave out --output")
        }
    }

    /// True when standard output is a terminal: the only place color belongs.
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The text of a file a hook is handed (a commit message), or an error naming it.
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UserError("cannot read \(path)", hint: "git passes the commit message file to this hook; run it from git")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
