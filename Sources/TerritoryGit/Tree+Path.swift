import Clibgit2

/// Looking up one entry deep in a tree, for the mode a tree edit must keep.
extension Tree {
    /// The id and mode at `path`, or nil when the tree has nothing there.
    func entryInfo(atPath path: String) throws(GitError) -> (id: ObjectID, mode: UInt32)? {
        var entry: OpaquePointer?
        let code = withCString(path) { git_tree_entry_bypath(&entry, raw, $0) }
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "git_tree_entry_bypath")
        guard let entry else { return nil }
        defer { git_tree_entry_free(entry) }
        return (ObjectID(git_tree_entry_id(entry)), git_tree_entry_filemode(entry).rawValue)
    }
}
