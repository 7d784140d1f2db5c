import Foundation
import TerritoryEngine
#if canImport(Glibc)
import Glibc
#endif

/// Where a command's output goes: standard output, or a file given with `--output`.
enum FileOutput {
    /// Writes `text` to standard output; false when it could not be delivered (standard output
    /// closed, its reader gone, the disk full), so a caller that must be heard can say so another way.
    @discardableResult
    static func standardOutput(_ text: String) -> Bool { write(text, to: STDOUT_FILENO) }

    @discardableResult
    static func standardError(_ text: String) -> Bool { write(text, to: STDERR_FILENO) }

    /// Every byte through `write(2)`, retried on interruption; false on the first failure.
    private static func write(_ text: String, to descriptor: Int32) -> Bool {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            bytes = bytes.dropFirst(written)
        }
        return true
    }

    /// Standard streams the process was started without (`>&-`) get /dev/null opened read-only
    /// in their place: writes to them then fail visibly, and no file opened later can take the
    /// number and receive output meant for the terminal.
    static func holdClosedStandardStreams() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let placeholder = open("/dev/null", O_RDONLY)
            if placeholder >= 0, placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
        }
    }

    /// Writes `text` to `path`, or to standard output when there is none.
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            if !standardOutput(text) {
                throw UserError("cannot write the report to standard output (closed, or its reader is gone)",
                                hint: "keep standard output open, or write the report to a file with --output FILE")
            }
            return
        }
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
