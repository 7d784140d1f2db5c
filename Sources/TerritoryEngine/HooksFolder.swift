import Foundation
import TerritoryGit

/// Where git looks for hooks: `core.hooksPath` (relative to the working tree root, as git
/// reads it) or the common git directory's `hooks/`, which linked worktrees share.
public enum HooksFolder {
    public static func path(for repository: Repository) -> String {
        if let configured = repository.config("core.hooksPath"), !configured.isEmpty {
            if configured.hasPrefix("/") { return configured }
            if configured.hasPrefix("~/") { return NSHomeDirectory() + String(configured.dropFirst()) }
            let root = repository.workingDirectory ?? repository.commonDirectory
            return root + "/" + configured
        }
        return repository.commonDirectory + "/hooks"
    }

    /// True when territory's own `hook` (its marker) is installed for `name` in this folder —
    /// directly, or as a line of a hook that calls it.
    static func hasTerritoryHook(_ name: String, for repository: Repository) -> Bool {
        guard let text = try? String(contentsOfFile: path(for: repository) + "/" + name, encoding: .utf8) else { return false }
        return text.contains("territory") && text.contains("hook \(name)")
    }
}
