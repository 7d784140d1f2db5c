import Clibgit2
#if canImport(Glibc)
import Glibc
#endif

/// A loaded tree object. Holds its repository so libgit2 frees the tree before the repository.
final class Tree {
    let raw: OpaquePointer
    let repository: Repository

    init(_ id: ObjectID, in repository: Repository) throws(GitError) {
        var oid = id.raw
        var handle: OpaquePointer?
        let code = git_tree_lookup(&handle, repository.raw, &oid)
        guard code >= 0, let handle else { throw GitError.last("git_tree_lookup", code) }
        self.raw = handle
        self.repository = repository
    }

    deinit { git_tree_free(raw) }

    var count: Int { git_tree_entrycount(raw) }

    /// The entry at `index`, copied out so it outlives the tree.
    func entry(at index: Int) -> TreeEntry? {
        git_tree_entry_byindex(raw, index).flatMap(Self.copy)
    }

    /// Copies a borrowed libgit2 entry into a value.
    static func copy(_ entry: OpaquePointer) -> TreeEntry? {
        guard let name = git_tree_entry_name(entry) else { return nil }
        let bytes = UnsafeRawBufferPointer(start: name, count: strlen(name))
        return TreeEntry(
            name: Array(bytes), id: ObjectID(git_tree_entry_id(entry)),
            mode: git_tree_entry_filemode(entry).rawValue)
    }

    /// Every entry, in git order.
    var entries: [TreeEntry] { (0..<count).compactMap { entry(at: $0) } }
}

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
