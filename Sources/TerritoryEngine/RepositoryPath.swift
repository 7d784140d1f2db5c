import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns a path someone typed or a tool named into a path relative to the working tree root:
/// one rule for `who`, the guard and every front end that takes paths.
///
/// - `:/src/x` names a path from the repository root, as in git's pathspecs.
/// - `/abs/path` is a file-system path; it must lie inside the working tree.
/// - Anything else is relative to `folder` (the current folder, `-C DIR`, or an agent's `cwd`).
///   When `folder` is outside the working tree (or there is none), it is taken from the root.
///
/// `.` and `..` are resolved, and so is every symbolic link on the way, the file's own included
/// (a link whose target does not exist yet resolves to where the write would land). Nil when
/// the path leaves the working tree.
enum RepositoryPath {
    static func relative(_ typed: String, root: String?, from folder: String) -> String? {
        if typed.hasPrefix(":/") { return lexical(String(typed.dropFirst(2))) }
        guard let root else { return typed.hasPrefix("/") ? nil : lexical(typed) }
        let top = resolve(root)
        let start = resolve(folder)
        if !typed.hasPrefix("/"), start != top, !start.hasPrefix(top + "/") { return lexical(typed) }
        return inside(resolve(typed.hasPrefix("/") ? typed : start + "/" + typed), root: top)
    }

    /// `path` (absolute and resolved) relative to `root` (resolved): "" for the root itself, nil
    /// when it lies outside.
    static func inside(_ path: String, root: String) -> String? {
        if path == root { return "" }
        let prefix = root == "/" ? "/" : root + "/"
        guard path.hasPrefix(prefix) else { return nil }
        return String(path.dropFirst(prefix.count))
    }

    /// The absolute, resolved path a tool's path names: `:/x` from `root`, `/x` as is, anything
    /// else from `folder`.
    static func absolute(_ typed: String, from folder: String, root: String?) -> String {
        if typed.hasPrefix(":/"), let root { return resolve(root + "/" + typed.dropFirst(2)) }
        return resolve(typed.hasPrefix("/") ? typed : folder + "/" + typed)
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

    /// The absolute path a write to `path` lands on: each component in turn, every symbolic link
    /// followed as the kernel would (`..` after a link climbs from the link's target), the part
    /// that does not exist yet kept as named. Relative paths are taken from the process's folder.
    static func resolve(_ path: String) -> String {
        var pending = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if !path.hasPrefix("/") {
            pending = FileManager.default.currentDirectoryPath.split(separator: "/").map(String.init) + pending
        }
        var resolved: [String] = []
        var links = 0
        while !pending.isEmpty {
            let name = pending.removeFirst()
            switch name {
            case ".": continue
            case "..": if !resolved.isEmpty { resolved.removeLast() }
            default:
                let candidate = "/" + (resolved + [name]).joined(separator: "/")
                guard links < 40, let target = linkTarget(candidate) else {
                    resolved.append(name)
                    continue
                }
                links += 1
                if target.hasPrefix("/") { resolved = [] }
                pending = target.split(separator: "/", omittingEmptySubsequences: true).map(String.init) + pending
            }
        }
        return "/" + resolved.joined(separator: "/")
    }

    /// The target of the symbolic link at `path`, or nil when `path` is not one.
    private static func linkTarget(_ path: String) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return nil }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The deepest folder of `path` (absolute, resolved) that exists: where git can be asked
    /// which repository the path belongs to.
    static func existingFolder(of path: String) -> String {
        var folder = path
        var isFolder: ObjCBool = false
        while folder != "/" {
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue { return folder }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return "/"
    }
}
