import Clibgit2

/// Full merges: libgit2's own three-way tree merge, with rename detection, as git would merge.
extension MergeWorkspace {
    /// Merges `theirs` into `ours` over `ancestor` (all trees; nil = empty tree). Renames are
    /// detected at git's default 50% similarity. With `keepTree`, a clean result's tree is
    /// written to memory and returned, so that the next branch can be merged into it.
    public func mergeTrees(ancestor: ObjectID?, ours: ObjectID, theirs: ObjectID, keepTree: Bool = false) throws(GitError) -> MergeOutcome {
        let base = try ancestor.map { id throws(GitError) in try Tree(id, in: repository) }
        let ourTree = try Tree(ours, in: repository)
        let theirTree = try Tree(theirs, in: repository)
        var options = git_merge_options()
        try check(git_merge_options_init(&options, UInt32(GIT_MERGE_OPTIONS_VERSION)), "git_merge_options_init")
        options.flags |= GIT_MERGE_FIND_RENAMES.rawValue
        var handle: OpaquePointer?
        try check(git_merge_trees(&handle, repository.raw, base?.raw, ourTree.raw, theirTree.raw, &options), "git_merge_trees")
        guard let handle else {
            throw GitError(function: "git_merge_trees", code: -1, message: "no index returned")
        }
        let index = MergeIndex(raw: handle, repository: repository)
        let conflicts = try index.conflicts()
        let tree = conflicts.isEmpty && keepTree ? try index.writeTree() : nil
        return MergeOutcome(conflicts: conflicts, tree: tree)
    }

    /// Merges commit `theirs` into commit `ours` over their merge base, as `git merge-tree` does.
    public func mergeCommits(_ ours: ObjectID, _ theirs: ObjectID) throws(GitError) -> MergeOutcome {
        let base = try mergeBase(ours, theirs)
        return try mergeTrees(
            ancestor: try base.map { id throws(GitError) in try repository.tree(ofCommit: id) },
            ours: try repository.tree(ofCommit: ours), theirs: try repository.tree(ofCommit: theirs))
    }
}

/// The result of one full in-memory merge: its conflicts, sorted by path, and, when it was
/// clean, the merged tree. That tree lives only in the `MergeWorkspace` that made it.
public struct MergeOutcome: Hashable, Sendable {
    public var conflicts: [MergeConflict]
    public var tree: ObjectID?

    public init(conflicts: [MergeConflict], tree: ObjectID?) {
        self.conflicts = conflicts
        self.tree = tree
    }

    public var isClean: Bool { conflicts.isEmpty }
}
