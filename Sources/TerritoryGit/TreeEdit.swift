import Clibgit2
#if canImport(Glibc)
import Glibc
#endif

/// One path to write into (or, with no id, remove from) a tree by `git_tree_create_updated`,
/// which rewrites only the trees on the edited paths.
struct TreeEdit {
    var path: String
    var id: ObjectID?
    var mode: UInt32

    /// The edited tree; its new tree objects go wherever the repository writes (a workspace's
    /// memory). Removals come first so a file can replace a directory of the same name.
    static func apply(_ edits: [TreeEdit], to tree: ObjectID, in repository: Repository) throws(GitError) -> ObjectID {
        guard !edits.isEmpty else { return tree }
        let baseline = try Tree(tree, in: repository)
        let ordered = edits.filter { $0.id == nil } + edits.filter { $0.id != nil }
        let paths: [UnsafeMutablePointer<CChar>?] = ordered.map { strdup($0.path) }
        defer { paths.forEach { free($0) } }
        var updates: [git_tree_update] = zip(ordered, paths).map { edit, path in
            var update = git_tree_update()
            update.action = edit.id == nil ? GIT_TREE_UPDATE_REMOVE : GIT_TREE_UPDATE_UPSERT
            if let id = edit.id { update.id = id.raw }
            update.filemode = git_filemode_t(rawValue: edit.mode)
            update.path = UnsafePointer(path)
            return update
        }
        var out = git_oid()
        try check(git_tree_create_updated(&out, repository.raw, baseline.raw, updates.count, &updates), "git_tree_create_updated")
        return ObjectID(out)
    }
}
