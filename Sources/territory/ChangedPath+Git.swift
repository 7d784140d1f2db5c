import TerritoryGit
import TerritoryKit

extension ChangedPath {
    /// The checker's view of a git change: the same status and paths, no object ids.
    init(_ change: FileChange) {
        let status: Status = switch change.status {
        case .added: .added
        case .modified: .modified
        case .deleted: .deleted
        case .renamed: .renamed
        case .typeChanged: .typeChanged
        }
        self.init(status: status, path: change.path, oldPath: change.oldPath)
    }
}
