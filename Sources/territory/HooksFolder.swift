import Foundation
import TerritoryGit

/// Where git looks for hooks: `core.hooksPath` (relative to the working tree root, as git
/// reads it) or the common git directory's `hooks/`, which linked worktrees share.
enum HooksFolder {
    static func path(for repository: Repository) -> String {
        if let configured = repository.config("core.hooksPath"), !configured.isEmpty {
            if configured.hasPrefix("/") { return configured }
            if configured.hasPrefix("~/") { return NSHomeDirectory() + String(configured.dropFirst()) }
            let root = repository.workingDirectory ?? repository.commonDirectory
            return root + "/" + configured
        }
        return repository.commonDirectory + "/hooks"
    }
}
