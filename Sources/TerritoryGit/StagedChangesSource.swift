/// Which way `stagedChanges` computed its answer. Internal: tests use it to prove the fast
/// path really ran (or really did not), since both ways must give the same changes.
enum StagedChangesSource: Equatable {
    /// territory read the index file and skipped directories with its cache-tree.
    case cacheTree
    /// libgit2's `git_diff_tree_to_index`: O(all files), but understands every index.
    case libgit2
}
