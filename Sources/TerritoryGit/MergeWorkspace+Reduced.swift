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
        try reducedMerge(ancestor: ancestor, ours: ours, theirs: theirs,
                         ourChanges: try records(from: ancestor, to: ours),
                         theirChanges: try records(from: ancestor, to: theirs), keepTree: keepTree)
    }

    /// The same, with each side's changes from the ancestor already read (as the differ reports
    /// them: renames split, a file<->folder switch as a deletion plus additions). They hold every
    /// path where a side differs from the ancestor, with the ids and modes on both ends, which is
    /// all the reduced trees need: no tree is read to build them.
    func reducedMerge(ancestor: ObjectID, ours: ObjectID, theirs: ObjectID, ourChanges: [ChangeRecord],
                      theirChanges: [ChangeRecord], keepTree: Bool = false) throws(GitError) -> MergeOutcome {
        let sides = Self.reducedFiles(ourChanges, theirChanges)
        let smallAncestor = try treeWriter.write(sides.ancestor)
        let smallOurs = try treeWriter.write(sides.ours)
        let smallTheirs = try treeWriter.write(sides.theirs)
        reducedMerges += 1
        let outcome = try mergeTrees(ancestor: smallAncestor, ours: smallOurs, theirs: smallTheirs, keepTree: keepTree)
        guard keepTree, let merged = outcome.tree else { return MergeOutcome(conflicts: outcome.conflicts, tree: nil) }
        return MergeOutcome(conflicts: outcome.conflicts, tree: try expand(merged, from: smallOurs, over: ours))
    }

    /// The files of the three reduced trees, sorted by path: at every path either side changed,
    /// what the ancestor, ours and theirs hold there (a side that left a path alone holds the
    /// ancestor's file; a folder, or nothing, is no file).
    static func reducedFiles(_ ours: [ChangeRecord], _ theirs: [ChangeRecord])
        -> (ancestor: [TreeWriter.File], ours: [TreeWriter.File], theirs: [TreeWriter.File]) {
        let mine = ours.sorted { $0.path.lexicographicallyPrecedes($1.path) }
        let other = theirs.sorted { $0.path.lexicographicallyPrecedes($1.path) }
        var result: (ancestor: [TreeWriter.File], ours: [TreeWriter.File], theirs: [TreeWriter.File]) = ([], [], [])
        func add(_ path: [UInt8], _ id: ObjectID?, _ mode: UInt32?, to files: inout [TreeWriter.File]) {
            if let id, let mode { files.append(TreeWriter.File(path: path, id: id, mode: mode)) }
        }
        var i = 0, j = 0
        while i < mine.count || j < other.count {
            let ourRecord = i < mine.count ? mine[i] : nil, theirRecord = j < other.count ? other[j] : nil
            let path: [UInt8]
            switch (ourRecord, theirRecord) {
            case let (ourRecord?, theirRecord?) where ourRecord.path == theirRecord.path: path = ourRecord.path
            case let (ourRecord?, theirRecord?):
                path = ourRecord.path.lexicographicallyPrecedes(theirRecord.path) ? ourRecord.path : theirRecord.path
            case let (ourRecord?, nil): path = ourRecord.path
            case let (nil, theirRecord?): path = theirRecord.path
            case (nil, nil): return result
            }
            let ourChange = ourRecord?.path == path ? ourRecord : nil
            let theirChange = theirRecord?.path == path ? theirRecord : nil
            if ourChange != nil { i += 1 }
            if theirChange != nil { j += 1 }
            // Both records start from the same ancestor, so either tells what it held.
            guard let before = ourChange ?? theirChange else { continue }
            add(path, before.oldID, before.oldMode, to: &result.ancestor)
            if let ourChange { add(path, ourChange.newID, ourChange.newMode, to: &result.ours) } else {
                add(path, before.oldID, before.oldMode, to: &result.ours)
            }
            if let theirChange { add(path, theirChange.newID, theirChange.newMode, to: &result.theirs) } else {
                add(path, before.oldID, before.oldMode, to: &result.theirs)
            }
        }
        return result
    }

    /// The differ's records from tree `from` to tree `to`, renames split.
    func records(from: ObjectID, to: ObjectID) throws(GitError) -> [ChangeRecord] {
        var differ = TreeDiffer(repository: repository)
        try differ.diff(from, to)
        return differ.records
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
}
