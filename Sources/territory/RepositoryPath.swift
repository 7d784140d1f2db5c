import Foundation

/// Turns a path typed on the command line into a repository-relative one.
enum RepositoryPath {
    /// The current folder relative to the working tree root ("" at the root or outside it).
    static func currentPrefix(workingDirectory: String?, directory: String?) -> String {
        guard let root = workingDirectory.map(canonical) else { return "" }
        let base = directory.map { URL(fileURLWithPath: $0).path } ?? FileManager.default.currentDirectoryPath
        let current = canonical(base)
        guard current.hasPrefix(root + "/") else { return "" }
        return String(current.dropFirst(root.count + 1))
    }

    /// `./a/../b/c` typed in `sub/` becomes `sub/b/c`. A leading `/` means the repository root.
    static func normalise(_ typed: String, prefix: String) -> String {
        let anchored = typed.hasPrefix("/")
        var parts: [Substring] = anchored || prefix.isEmpty ? [] : prefix.split(separator: "/")
        for part in typed.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    private static func canonical(_ path: String) -> String {
        var resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        while resolved.count > 1, resolved.hasSuffix("/") { resolved.removeLast() }
        return resolved
    }
}
