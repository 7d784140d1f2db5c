import Foundation
import TerritoryEngine

/// territory's hooks in a repository managed by Husky v9 (https://typicode.github.io/husky).
///
/// Husky points `core.hooksPath` at `.husky/_`, a folder it rewrites on every `npm install`:
/// one stub per git hook that sources its dispatcher `.husky/_/h`, which runs the user's script
/// `.husky/<hook>` with `sh -e` (the scripts are committed; `_` is ignored). Renaming the stubs
/// would be undone by the next install, so territory adds one line to the user's script instead
/// (creating it when absent), marked so that installing twice changes nothing and `--uninstall`
/// removes exactly that line. The line comes first, after a `#!` line if there is one: it blocks
/// before slower checks run, and a script that ends with `exit 0` cannot skip it.
struct HuskyHooks {
    /// The user's scripts folder (`.husky`).
    let folder: String
    private let files = FileManager.default

    /// Ends every line territory adds.
    static let marker = "# territory install-hooks"

    /// The scripts folder when `hooksFolder` is Husky v9's: named `_` and holding its dispatcher `h`.
    static func scriptsFolder(forHooksFolder hooksFolder: String) -> String? {
        let url = URL(fileURLWithPath: hooksFolder).standardizedFileURL
        guard url.lastPathComponent == "_", FileManager.default.fileExists(atPath: url.appendingPathComponent("h").path) else { return nil }
        return url.deletingLastPathComponent().path
    }

    /// The line for one hook. pre-push reads git's ref lines on standard input, which a later
    /// command of the same script may need too (`git lfs pre-push` does): they are saved to a
    /// file that becomes the script's standard input, and territory reads its own copy on fd 9.
    static func line(for name: String) -> String {
        let run = "\"${TERRITORY:-territory}\" hook \(name) \"$@\""
        guard name == "pre-push" else { return "\(run) \(marker)" }
        return "territory_refs=$(mktemp) && cat >\"$territory_refs\" && exec <\"$territory_refs\" 9<\"$territory_refs\" "
            + "&& rm -f \"$territory_refs\" && \(run) <&9 \(marker)"
    }

    func install(_ name: String) throws -> HookInstaller.Outcome {
        let path = folder + "/" + name
        let line = Self.line(for: name)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: path))
            return .created
        }
        var lines = Self.lines(text)
        if lines.filter({ $0.hasSuffix(Self.marker) }) == [line] { return .unchanged }
        lines.removeAll { $0.hasSuffix(Self.marker) }
        let at = lines.first?.hasPrefix("#!") == true ? 1 : 0
        lines.insert(line, at: at)
        try write(lines, to: path)
        return .added
    }

    func uninstall(_ name: String) throws -> HookInstaller.Outcome {
        let path = folder + "/" + name
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return .absent }
        var lines = Self.lines(text)
        guard lines.contains(where: { $0.hasSuffix(Self.marker) }) else { return .absent }
        lines.removeAll { $0.hasSuffix(Self.marker) }
        if lines.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            try files.removeItem(atPath: path)
        } else {
            try write(lines, to: path)
        }
        return .removed
    }

    /// The file's lines, without the empty one a final newline leaves.
    private static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Rewrites the script in place, so its mode and any link to it stay as they were.
    private func write(_ lines: [String], to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
