import Foundation

/// Turns a path an editor names (absolute, or relative to the editor's folder) into a path
/// relative to the working tree root, or nil when it lies outside the working tree.
enum WorkingTreePath {
    static func relative(_ path: String, root: String, from folder: String) -> String? {
        let absolute = path.hasPrefix("/") ? path : folder + "/" + path
        let resolved = resolve(absolute)
        let top = resolve(root)
        guard resolved.hasPrefix(top + "/") else { return nil }
        return String(resolved.dropFirst(top.count + 1))
    }

    /// Resolves `.`/`..` and symbolic links of the folders that exist; the file itself may not
    /// exist yet (the agent is about to create it).
    private static func resolve(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath().path
        let name = url.lastPathComponent
        var joined = folder == "/" ? "/" + name : folder + "/" + name
        while joined.count > 1, joined.hasSuffix("/") { joined.removeLast() }
        return joined
    }
}
