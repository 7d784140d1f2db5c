import Clibgit2

/// The in-memory index `git_merge_trees` returns: never written to disk, freed with this value.
final class MergeIndex {
    let raw: OpaquePointer
    let repository: Repository

    init(raw: OpaquePointer, repository: Repository) {
        self.raw = raw
        self.repository = repository
    }

    deinit { git_index_free(raw) }

    var hasConflicts: Bool { git_index_has_conflicts(raw) == 1 }

    /// Every conflict, one per landing path, sorted by path.
    func conflicts() throws(GitError) -> [MergeConflict] {
        var iterator: OpaquePointer?
        try check(git_index_conflict_iterator_new(&iterator, raw), "git_index_conflict_iterator_new")
        defer { git_index_conflict_iterator_free(iterator) }
        var stages: [(String?, String?, String?)] = []
        while true {
            var ancestor: UnsafePointer<git_index_entry>?
            var ours: UnsafePointer<git_index_entry>?
            var theirs: UnsafePointer<git_index_entry>?
            let code = git_index_conflict_next(&ancestor, &ours, &theirs, iterator)
            if code == GIT_ITEROVER.rawValue { break }
            try check(code, "git_index_conflict_next")
            stages.append((Self.path(ancestor), Self.path(ours), Self.path(theirs)))
        }
        var found: [String: MergeConflict] = [:]
        var index = 0
        while index < stages.count {
            let (ancestor, ours, theirs) = stages[index]
            index += 1
            // libgit2 records rename/delete as two entries, the old path with only its ancestor
            // stage and the new path with only the renaming side; git reports one conflict at
            // the new path.
            if let old = ancestor, ours == nil, theirs == nil, index < stages.count,
               stages[index].0 == nil, let new = stages[index].1 ?? stages[index].2, (stages[index].1 == nil) != (stages[index].2 == nil) {
                index += 1
                found[new] = MergeConflict(path: new, kind: .rename, paths: [old, new].sorted())
                continue
            }
            guard let conflict = MergeConflict.classify(ancestor: ancestor, ours: ours, theirs: theirs) else { continue }
            if let earlier = found[conflict.path] {
                // Rename conflicts list one path in several stages; keep every path involved.
                let paths = Array(Set(earlier.paths + conflict.paths)).sorted()
                found[conflict.path] = MergeConflict(path: conflict.path, kind: earlier.kind == .rename ? .rename : conflict.kind, paths: paths)
            } else {
                found[conflict.path] = conflict
            }
        }
        return found.values.sorted { $0.path < $1.path }
    }

    /// The merged tree, written into the workspace's in-memory object store (the only writable
    /// backend of its handle), so the next branch can be merged into it.
    func writeTree() throws(GitError) -> ObjectID {
        var id = git_oid()
        try check(git_index_write_tree_to(&id, raw, repository.raw), "git_index_write_tree_to")
        return ObjectID(id)
    }

    private static func path(_ entry: UnsafePointer<git_index_entry>?) -> String? {
        guard let entry, let path = entry.pointee.path else { return nil }
        return String(gitBytes: path)
    }
}
