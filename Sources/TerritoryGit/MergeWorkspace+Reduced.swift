import Clibgit2

/// Reduced merges (the workaround libgit2#6036 proposes): libgit2 1.5.1's `git_merge_trees`
/// expands every tree, O(all files), even when the sides changed a handful. Merging three small
/// trees that hold only the paths either side changed since the merge base gives the same
/// conflicts at O(changed) cost:
/// - a path no side changed is equal in all three trees, which `git_merge_trees` copies through
///   untouched: it never conflicts and is never a rename source or target (merge renames pair a
///   path deleted on one side with one added on the other, both changed paths);
/// - rename detection therefore sees the same candidates, blobs and counts (so the same rename
///   limit) as on the whole trees;
/// - a directory/file clash needs no extra parents: a side that turns a folder into a file (or
///   back) deletes every file below it, so every path under the clashing name is a changed path
///   and sits in the reduced trees exactly as in the whole ones.
extension MergeWorkspace {
    /// Merges `theirs` into `ours` over `ancestor` (all trees) like `mergeTrees`, on trees reduced
    /// to the paths that differ from the ancestor on either side. With `keepTree`, a clean
    /// result is written back over the whole `ours` tree, so it equals `mergeTrees`' tree.
    func reducedMerge(ancestor: ObjectID, ours: ObjectID, theirs: ObjectID, keepTree: Bool = false) throws(GitError) -> MergeOutcome {
        let paths = try repository.changes(from: ancestor, to: ours, renames: .none).map(\.path)
            + repository.changes(from: ancestor, to: theirs, renames: .none).map(\.path)
        return try reducedMerge(ancestor: ancestor, ours: ours, theirs: theirs, changedPaths: paths, keepTree: keepTree)
    }

    /// The same, with the changed paths already known (a pair's cached change sets). They must
    /// cover every path where `ours` or `theirs` differs from `ancestor`; extra paths are harmless.
    func reducedMerge(ancestor: ObjectID, ours: ObjectID, theirs: ObjectID, changedPaths: [String],
                      keepTree: Bool = false) throws(GitError) -> MergeOutcome {
        let paths = Array(Set(changedPaths)).sorted()
        let smallAncestor = try reduced(ancestor, to: paths)
        let smallOurs = try reduced(ours, to: paths)
        let smallTheirs = try reduced(theirs, to: paths)
        reducedMerges += 1
        let outcome = try mergeTrees(ancestor: smallAncestor, ours: smallOurs, theirs: smallTheirs, keepTree: keepTree)
        guard keepTree, let merged = outcome.tree else { return MergeOutcome(conflicts: outcome.conflicts, tree: nil) }
        return MergeOutcome(conflicts: outcome.conflicts, tree: try expand(merged, from: smallOurs, over: ours))
    }

    /// A tree holding only `paths`, each with `tree`'s blob id and mode there (absent where
    /// `tree` has no file; a folder at a listed path contributes only its listed files).
    private func reduced(_ tree: ObjectID, to paths: [String]) throws(GitError) -> ObjectID {
        let whole = try Tree(tree, in: repository)
        var edits: [TreeEdit] = []
        for path in paths {
            guard let entry = try whole.entryInfo(atPath: path), entry.mode != 0o040000 else { continue }
            edits.append(TreeEdit(path: path, id: entry.id, mode: entry.mode))
        }
        return try TreeEdit.apply(edits, to: emptyTree, in: repository)
    }

    /// The whole merged tree: `ours` with the differences between the reduced `ours` and the
    /// reduced result written over it (a file<->folder switch becomes removals plus additions).
    private func expand(_ merged: ObjectID, from smallOurs: ObjectID, over ours: ObjectID) throws(GitError) -> ObjectID {
        var differ = TreeDiffer(repository: repository)
        try differ.diff(smallOurs, merged)
        let edits = differ.records.map { record in
            TreeEdit(path: String(decoding: record.path, as: UTF8.self), id: record.newID,
                     mode: record.newID == nil ? 0 : record.newMode ?? 0o100644)
        }
        return try edit(tree: ours, with: edits)
    }

    /// Writes `edits` over `tree` in two `git_tree_create_updated` calls, removals first. One
    /// call cannot switch a path between file and folder: libgit2 sorts the updates by path and
    /// checks each against the *original* tree ("D/F conflict when updating tree" for `a/x`
    /// when `a` was a file; "cannot replace" for a file `a` over the folder `a`).
    func edit(tree: ObjectID, with edits: [TreeEdit]) throws(GitError) -> ObjectID {
        let pruned = try TreeEdit.apply(edits.filter { $0.id == nil }, to: tree, in: repository)
        return try TreeEdit.apply(edits.filter { $0.id != nil }, to: pruned, in: repository)
    }

    /// Writes the empty tree into the workspace's memory (libgit2 does not know it implicitly).
    static func writeEmptyTree(in repository: Repository) throws(GitError) -> ObjectID {
        var builder: OpaquePointer?
        try check(git_treebuilder_new(&builder, repository.raw, nil), "git_treebuilder_new")
        defer { git_treebuilder_free(builder) }
        var id = git_oid()
        try check(git_treebuilder_write(&id, builder), "git_treebuilder_write")
        return ObjectID(id)
    }
}
