/// The pairwise matrix: each pair merged by the cheapest method that is still exact.
extension MergeWorkspace {
    /// Merges two branch tips over their merge base. Disjoint change sets are clean; overlapping
    /// sets without deletions go to the predictor; the rest (possible renames, directory/file
    /// clashes) to libgit2's merge with rename detection on reduced trees. Unrelated histories
    /// keep the whole-tree merge: with no merge base every file is a changed path.
    public func pair(_ ours: ObjectID, _ theirs: ObjectID) throws(GitError) -> PairMerge {
        guard let base = try mergeBase(ours, theirs) else {
            // No ancestor: every file of both sides is an addition, nothing to reduce.
            let outcome = try mergeTrees(
                ancestor: nil, ours: try repository.tree(ofCommit: ours), theirs: try repository.tree(ofCommit: theirs))
            return PairMerge(ours: ours, theirs: theirs, sharedPaths: [], conflicts: outcome.conflicts, method: .full)
        }
        let mine = try branchChanges(from: base, to: ours)
        let other = try branchChanges(from: base, to: theirs)
        let shared = mine.set.sharedPaths(with: other.set, in: pathTable)
        guard !shared.isEmpty else {
            return PairMerge(ours: ours, theirs: theirs, sharedPaths: [], conflicts: [], method: .disjoint)
        }
        let sharedSet = Set(shared)
        let ourShared = mine.changes.filter { sharedSet.contains($0.path) }
        let theirShared = other.changes.filter { sharedSet.contains($0.path) }
        // Both sides changed every shared path (no directory/file clash), and no side deletes one.
        if ourShared.count == shared.count, theirShared.count == shared.count,
           !Self.needsRenameDetection(ourShared, theirShared) {
            let conflicts = try predictConflicts(ourShared, theirShared)
            return PairMerge(ours: ours, theirs: theirs, sharedPaths: shared, conflicts: conflicts, method: .predicted)
        }
        // The change sets are the exact diffs from the merge base, so they cover every path the
        // reduced merge needs: git's answer at O(changed) instead of O(all files).
        let outcome = try reducedMerge(
            ancestor: try repository.tree(ofCommit: base), ours: try repository.tree(ofCommit: ours),
            theirs: try repository.tree(ofCommit: theirs), ourChanges: mine.records, theirChanges: other.records)
        return PairMerge(ours: ours, theirs: theirs, sharedPaths: shared, conflicts: outcome.conflicts, method: .full)
    }
}

/// One cell of a wave's pairwise merge matrix: two branch tips merged over their merge base.
public struct PairMerge: Hashable, Sendable {
    public var ours: ObjectID
    public var theirs: ObjectID
    /// Paths both branches changed (and directory/file clashes), sorted.
    public var sharedPaths: [String]
    public var conflicts: [MergeConflict]
    public var method: MergeMethod

    public init(ours: ObjectID, theirs: ObjectID, sharedPaths: [String], conflicts: [MergeConflict], method: MergeMethod) {
        self.ours = ours
        self.theirs = theirs
        self.sharedPaths = sharedPaths
        self.conflicts = conflicts
        self.method = method
    }
}
