import Clibgit2

/// The conflict predictor (notes/libgit2-swift.md §4.3): instead of merging whole trees, which
/// costs O(all files) in libgit2 1.5, compare the two change sets and merge only the files both
/// sides changed. Exact for change sets without deletions (no renames to detect).
extension MergeWorkspace {
    /// True when one side deletes a path the other side also changed: only then can a rename
    /// git detects change the outcome (rename/modify, rename/rename), which the predictor cannot
    /// see, so such pairs take the full merge. A deletion (or rename) of a path the other side
    /// left alone merges cleanly either way; a rename target the other side adds is a shared
    /// add/add, which the predictor judges.
    static func needsRenameDetection(_ ours: [FileChange], _ theirs: [FileChange]) -> Bool {
        let ourPaths = Set(ours.map(\.path)), theirPaths = Set(theirs.map(\.path))
        return ours.contains { $0.newID == nil && theirPaths.contains($0.path) }
            || theirs.contains { $0.newID == nil && ourPaths.contains($0.path) }
    }

    /// The conflicts of merging two change sets made from the same merge base (renames split).
    func predictConflicts(_ ours: [FileChange], _ theirs: [FileChange]) throws(GitError) -> [MergeConflict] {
        let other = Dictionary(theirs.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var conflicts: [MergeConflict] = []
        for mine in ours {
            guard let their = other[mine.path] else { continue }
            switch (mine.newID, their.newID) {
            case (nil, nil):
                continue
            case (nil, _), (_, nil):
                conflicts.append(MergeConflict(path: mine.path, kind: .modifyDelete))
            case let (ourID?, theirID?):
                guard ourID != theirID,
                      !(try automerges(path: mine.path, ancestor: mine.oldID, ours: ourID, theirs: theirID))
                else { continue }
                conflicts.append(MergeConflict(path: mine.path, kind: mine.oldID == nil ? .addAdd : .content))
            }
        }
        return conflicts.sorted { $0.path < $1.path }
    }

    /// Whether libgit2's file merge (xdiff, as git's) combines the two versions without conflict.
    func automerges(path: String, ancestor: ObjectID?, ours: ObjectID, theirs: ObjectID) throws(GitError) -> Bool {
        var result = git_merge_file_result()
        let code: Int32 = withCString(path) { cPath in
            var base = Self.entry(ancestor, cPath), mine = Self.entry(ours, cPath), other = Self.entry(theirs, cPath)
            guard ancestor != nil else {
                return git_merge_file_from_index(&result, repository.raw, nil, &mine, &other, nil)
            }
            return git_merge_file_from_index(&result, repository.raw, &base, &mine, &other, nil)
        }
        try check(code, "git_merge_file_from_index")
        defer { git_merge_file_result_free(&result) }
        return result.automergeable != 0
    }

    private static func entry(_ id: ObjectID?, _ path: UnsafePointer<CChar>) -> git_index_entry {
        var entry = git_index_entry()
        if let id { entry.id = id.raw }
        entry.mode = 0o100644
        entry.path = path
        return entry
    }
}
