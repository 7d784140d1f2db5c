/// The staged-changes fast path: territory reads the index file and uses its cache-tree, so a
/// pre-commit hook on 100,000 files costs what its few staged files cost.
extension Repository {
    /// The index file this repository uses: GIT_INDEX_FILE as recorded by
    /// `openFromEnvironment()`, else the worktree's own `index` (linked worktrees have theirs).
    var indexFilePath: String {
        indexFileFromEnvironment ?? gitDirectory + "/index"
    }

    /// Staged changes and how they were found; `stagedChanges` is this without the source.
    func stagedChangesWithSource(renames: RenameDetection) throws(GitError) -> (changes: [FileChange], source: StagedChangesSource) {
        if let records = try cacheTreeStagedRecords() {
            switch renames {
            case .none: return (ChangeRecord.sortedFileChanges(records), .cacheTree)
            case .exact: return (ChangeRecord.sortedFileChanges(ExactRenames.pair(records)), .cacheTree)
            case .similar:
                // Similarity needs libgit2's diff; without both an addition and a deletion
                // there is nothing it could pair, so the fast answer stands.
                let statuses = Set(records.map(\.status))
                if !statuses.contains(.added) || !statuses.contains(.deleted) {
                    return (ChangeRecord.sortedFileChanges(records), .cacheTree)
                }
            }
        }
        do {
            return (try libgit2StagedChanges(renames: renames), .libgit2)
        } catch where Self.isUnreadableIndex(error) {
            let records = try gitCommandStagedRecords()
            return (ChangeRecord.sortedFileChanges(renames == .none ? records : ExactRenames.pair(records)), .gitCommand)
        }
    }

    /// The unpaired changes from the index file, or nil when the fast path cannot be sure
    /// (see `IndexFile`); errors reading HEAD's objects are real errors and are thrown.
    func cacheTreeStagedRecords() throws(GitError) -> [ChangeRecord]? {
        guard let index = IndexFile(path: indexFilePath) else { return nil }
        let head = try headCommit().map { commit throws(GitError) in try tree(ofCommit: commit) }
        var differ = StagedDiffer(repository: self, index: index)
        try differ.diffAll(head: head)
        return differ.records
    }
}

/// Which way `stagedChanges` computed its answer. Internal: tests use it to prove the fast
/// path really ran (or really did not), since both ways must give the same changes.
enum StagedChangesSource: Equatable {
    /// territory read the index file and skipped directories with its cache-tree.
    case cacheTree
    /// libgit2's `git_diff_tree_to_index`: O(all files), but understands every index it can open.
    case libgit2
    /// `git diff-index --cached`: for split and sparse indexes, which libgit2 1.5 cannot open.
    case gitCommand
}
