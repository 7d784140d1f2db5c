import Clibgit2
#if canImport(Glibc)
import Glibc
#endif

/// Reading a tree's contents: file listings and single blobs, without a checkout.
extension Repository {
    /// Every file path of a tree (blobs, symlinks and submodules), in git order, like
    /// `git ls-tree -r --name-only`.
    public func files(inTree tree: ObjectID) throws(GitError) -> [String] {
        var paths: [String] = []
        try collectFiles(in: tree, prefix: [], into: &paths)
        return paths
    }

    /// Files under a folder of the tree ("" = root), recursively, with full paths. Empty when
    /// the folder does not exist or is a file.
    public func files(inTree tree: ObjectID, under folder: String) throws(GitError) -> [String] {
        let trimmed = folder.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
        if trimmed.isEmpty { return try files(inTree: tree) }
        guard let entry = try entry(at: trimmed, inTree: tree), entry.isTree else { return [] }
        var paths: [String] = []
        try collectFiles(in: entry.id, prefix: Array(trimmed.utf8) + [UInt8(ascii: "/")], into: &paths)
        return paths
    }

    /// The files directly in a folder of the tree ("" = root), not below it, with full paths.
    public func filesDirectly(inTree tree: ObjectID, in folder: String) throws(GitError) -> [String] {
        let trimmed = folder.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
        let id: ObjectID
        if trimmed.isEmpty {
            id = tree
        } else {
            guard let entry = try entry(at: trimmed, inTree: tree), entry.isTree else { return [] }
            id = entry.id
        }
        let prefix = trimmed.isEmpty ? "" : trimmed + "/"
        return try Tree(id, in: self).entries.filter { !$0.isTree }.map { prefix + String(decoding: $0.name, as: UTF8.self) }
    }

    /// The contents of the blob at `path`, or nil when no blob is there (missing, a folder, a
    /// submodule).
    public func blob(at path: String, inTree tree: ObjectID) throws(GitError) -> [UInt8]? {
        guard let id = try blobID(at: path, inTree: tree) else { return nil }
        var oid = id.raw
        var handle: OpaquePointer?
        try check(git_blob_lookup(&handle, raw, &oid), "git_blob_lookup")
        defer { git_blob_free(handle) }
        let size = Int(git_blob_rawsize(handle))
        guard size > 0, let content = git_blob_rawcontent(handle) else { return [] }
        return Array(UnsafeRawBufferPointer(start: content, count: size))
    }

    /// The id of the blob at `path` (files and symlinks), or nil when no blob is there.
    public func blobID(at path: String, inTree tree: ObjectID) throws(GitError) -> ObjectID? {
        guard let entry = try entry(at: path, inTree: tree), entry.kind == .file || entry.kind == .symlink else {
            return nil
        }
        return entry.id
    }

    /// True when `path` is a symbolic link in `tree` (git stores the link, not its target).
    public func isSymlink(at path: String, inTree tree: ObjectID) throws(GitError) -> Bool {
        try entry(at: path, inTree: tree)?.kind == .symlink
    }

    /// The entry at a slash-separated path, or nil when the path does not exist.
    func entry(at path: String, inTree tree: ObjectID) throws(GitError) -> TreeEntry? {
        guard !path.isEmpty else { return nil }
        let root = try Tree(tree, in: self)
        var handle: OpaquePointer?
        let code = withCString(path) { git_tree_entry_bypath(&handle, root.raw, $0) }
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "git_tree_entry_bypath")
        guard let handle else { return nil }
        defer { git_tree_entry_free(handle) }
        return TreeEntry(name: [], id: ObjectID(git_tree_entry_id(handle)), mode: git_tree_entry_filemode(handle).rawValue)
    }

    /// Pre-order walk, which is git order for full paths. Paths stay bytes until the end.
    private func collectFiles(in tree: ObjectID, prefix: [UInt8], into paths: inout [String]) throws(GitError) {
        let loaded = try Tree(tree, in: self)
        for index in 0..<loaded.count {
            guard let entry = loaded.entry(at: index) else { continue }
            let path = prefix + entry.name
            if entry.isTree {
                try collectFiles(in: entry.id, prefix: path + [UInt8(ascii: "/")], into: &paths)
            } else {
                paths.append(String(decoding: path, as: UTF8.self))
            }
        }
    }
}

/// Reading a blob by id, for staged files that exist only in the index.
extension Repository {
    /// The bytes of the blob `id`, or nil when there is no such blob.
    public func blob(id: ObjectID) throws(GitError) -> [UInt8]? {
        var oid = id.raw
        var handle: OpaquePointer?
        let code = git_blob_lookup(&handle, raw, &oid)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "git_blob_lookup")
        defer { git_blob_free(handle) }
        let size = Int(git_blob_rawsize(handle))
        guard size > 0, let content = git_blob_rawcontent(handle) else { return [] }
        return Array(UnsafeRawBufferPointer(start: content, count: size))
    }
}
