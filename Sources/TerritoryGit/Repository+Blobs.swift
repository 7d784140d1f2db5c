import Clibgit2

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
