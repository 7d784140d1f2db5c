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

    /// The borrowed entry at `index`, valid while this tree lives; no copy.
    func borrowedEntry(at index: Int) -> OpaquePointer? { git_tree_entry_byindex(raw, index) }

    /// The borrowed entry with the same name as `other` (an entry of another tree), found by
    /// libgit2's binary search; no copy.
    func borrowedEntry(namedLike other: OpaquePointer) -> OpaquePointer? {
        guard let name = git_tree_entry_name(other) else { return nil }
        return git_tree_entry_byname(raw, name)
    }

    /// True when two borrowed entries have the same id and mode: nothing below them changed.
    static func same(_ a: OpaquePointer, _ b: OpaquePointer) -> Bool {
        git_tree_entry_filemode(a) == git_tree_entry_filemode(b)
            && git_oid_equal(git_tree_entry_id(a), git_tree_entry_id(b)) != 0
    }

    /// Two borrowed entries in git's tree order: names bytewise, a folder's name as if it ended
    /// in `/`. Zero only for the same name and the same kind (folder or not).
    static func order(_ a: OpaquePointer, _ b: OpaquePointer) -> Int {
        guard let left = git_tree_entry_name(a), let right = git_tree_entry_name(b) else { return 0 }
        var offset = 0
        while left[offset] != 0, left[offset] == right[offset] { offset += 1 }
        let slash = UInt8(ascii: "/")
        let l = left[offset] != 0 ? UInt8(bitPattern: left[offset]) : (isTree(a) ? slash : 0)
        let r = right[offset] != 0 ? UInt8(bitPattern: right[offset]) : (isTree(b) ? slash : 0)
        return l == r ? 0 : (l < r ? -1 : 1)
    }

    private static func isTree(_ entry: OpaquePointer) -> Bool {
        git_tree_entry_filemode(entry) == GIT_FILEMODE_TREE
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
