import Foundation

/// Turns a path someone typed or a tool named into a path relative to the working tree root:
/// one rule for `who`, the guard and every front end that takes paths.
///
/// - `:/src/x` names a path from the repository root, as in git's pathspecs.
/// - `/abs/path` is a file-system path; it must lie inside the working tree.
/// - Anything else is relative to `folder` (the current folder, `-C DIR`, or an agent's `cwd`).
///   When `folder` is outside the working tree (or there is none), it is taken from the root.
///
/// `.` and `..` are resolved, and so are the symbolic links of the folders that exist; the file
/// itself may not exist yet (an agent is about to create it). Nil when the path leaves the
/// working tree.
enum RepositoryPath {
    static func relative(_ typed: String, root: String?, from folder: String) -> String? {
        if typed.hasPrefix(":/") { return lexical(String(typed.dropFirst(2))) }
        guard let root else { return typed.hasPrefix("/") ? nil : lexical(typed) }
        let top = resolve(root)
        let start = resolve(folder)
        if !typed.hasPrefix("/"), start != top, !start.hasPrefix(top + "/") { return lexical(typed) }
        let absolute = resolve(typed.hasPrefix("/") ? typed : start + "/" + typed)
        if absolute == top { return "" }
        guard absolute.hasPrefix(top + "/") else { return nil }
        return String(absolute.dropFirst(top.count + 1))
    }

    /// `a/./b/../c` → `a/c`, without the file system; nil when `..` climbs above the root.
    private static func lexical(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// The absolute path with `.`/`..` resolved and every symbolic link followed, the file's
    /// own included; the part that does not exist yet is kept as named.
    private static func resolve(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL
        var missing: [String] = []
        while existing.path != "/", !FileManager.default.fileExists(atPath: existing.path) {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var resolved = existing.resolvingSymlinksInPath().path
        for name in missing { resolved += (resolved.hasSuffix("/") ? "" : "/") + name }
        while resolved.count > 1, resolved.hasSuffix("/") { resolved.removeLast() }
        return resolved
    }
}
