import Clibgit2

/// A private handle on a repository in which merges run and whose object writes go to memory.
///
/// libgit2's `git_merge_trees` writes the blobs of files it merges cleanly, and turning a merged
/// index into a tree (needed to merge the next branch of a wave into it) writes trees. A mempack
/// backend added at the highest priority takes every one of those writes, and because it belongs
/// to this handle's object database alone, nothing reaches `.git/objects` and the caller's
/// `Repository` never sees these objects. The memory goes with the workspace.
public final class MergeWorkspace {
    /// The handle merges run on; trees it returns can be read only through it.
    public let repository: Repository
    /// Change sets per (from, to) commit pair: a wave asks for the same ones many times.
    var changeCache: [CommitPair: BranchChanges] = [:]
    /// Change sets being read in the background (`startReading`), by commit pair.
    var pending: [CommitPair: (diffs: BackgroundDiffs, index: Int)] = [:]
    /// Merge bases by commit pair (in id order, the question is symmetric).
    var mergeBaseCache: [CommitPair: ObjectID?] = [:]
    /// Numbers the paths of every cached change set, which are bit sets over it.
    var pathTable = InternTable()
    /// Writes reduced merges' trees into the memory backend every write of this handle lands in.
    let treeWriter: TreeWriter
    /// How many merges ran on reduced trees; tests read it to prove the O(changed) path ran.
    var reducedMerges = 0

    public init(for repository: Repository) throws(GitError) {
        let scratch = try Repository.open(at: repository.gitDirectory)
        var odb: OpaquePointer?
        try check(git_repository_odb(&odb, scratch.raw), "git_repository_odb")
        defer { git_odb_free(odb) }
        var backend: UnsafeMutablePointer<git_odb_backend>?
        try check(git_mempack_new(&backend), "git_mempack_new")
        guard let backend else { throw GitError(function: "git_mempack_new", code: -1, message: "no backend returned") }
        // On success the object database owns the backend and frees it with the handle.
        try check(git_odb_add_backend(odb, backend, 999), "git_odb_add_backend")
        self.repository = scratch
        self.treeWriter = TreeWriter(backend: backend)
    }

    /// The best common ancestor of two commits, remembered: a wave asks it of every pair for
    /// the merges and again for staleness (which branch was built on another's work).
    public func mergeBase(_ a: ObjectID, _ b: ObjectID) throws(GitError) -> ObjectID? {
        var left = a.raw, right = b.raw
        let key = git_oid_cmp(&left, &right) < 0 ? CommitPair(from: a, to: b) : CommitPair(from: b, to: a)
        if let known = mergeBaseCache[key] { return known }
        let base = try repository.mergeBase(a, b)
        mergeBaseCache[key] = .some(base)
        return base
    }

    /// The best common ancestor of `commit` and the merge of all `others` (git_merge_base_many):
    /// the ancestor git would use to merge `commit` into an integration of `others`.
    public func mergeBase(of commit: ObjectID, into others: [ObjectID]) throws(GitError) -> ObjectID? {
        if others.count == 1 { return try mergeBase(commit, others[0]) }
        var input = [commit.raw] + others.map(\.raw)
        var out = git_oid()
        let code = git_merge_base_many(&out, repository.raw, input.count, &input)
        if code == GIT_ENOTFOUND.rawValue, !repository.isShallow { return nil }
        try check(code, "git_merge_base_many", hint: repository.isShallow ? GitError.shallowHint : nil)
        return ObjectID(out)
    }

    /// Changed paths from commit `from` to commit `to`, read once per workspace (a wave asks for
    /// the same ones for its territory rules, every pair and the integration). With the default
    /// `.none`, renames are split into a delete and an add: merges match paths, not files.
    public func changes(from: ObjectID, to: ObjectID, renames: RenameDetection = .none) throws(GitError) -> [FileChange] {
        let read = try branchChanges(from: from, to: to)
        switch renames {
        case .none: return read.changes
        case .exact: return ChangeRecord.sortedFileChanges(ExactRenames.pair(read.records))
        case .similar:
            return try repository.changes(
                from: try repository.tree(ofCommit: from), to: try repository.tree(ofCommit: to), renames: .similar)
        }
    }

    /// Starts reading the changes of every pair not read yet on a background thread
    /// (`BackgroundDiffs`); `changes`, `pair` and `integrate` then wait for the one they need,
    /// so the caller works on each pair's changes while later ones are read.
    public func startReading(_ pairs: [(from: ObjectID, to: ObjectID)]) {
        var missing: [(from: ObjectID, to: ObjectID)] = []
        for pair in pairs {
            let key = CommitPair(from: pair.from, to: pair.to)
            guard changeCache[key] == nil, pending[key] == nil, !missing.contains(where: { $0 == pair }) else { continue }
            missing.append(pair)
        }
        guard missing.count > 1 else { return }
        let diffs = BackgroundDiffs(missing, gitDirectory: repository.gitDirectory)
        for (index, pair) in missing.enumerated() { pending[CommitPair(from: pair.from, to: pair.to)] = (diffs, index) }
    }

    /// The cached read behind `changes`, with its paths indexed for `ChangeSet.sharedPaths`.
    func branchChanges(from: ObjectID, to: ObjectID) throws(GitError) -> BranchChanges {
        let key = CommitPair(from: from, to: to)
        if let cached = changeCache[key] { return cached }
        if let (diffs, index) = pending.removeValue(forKey: key) {
            let read = try diffs.wait(index)
            return remember(read.records, changes: read.changes, from: from, to: to)
        }
        return try read(from: from, to: to)
    }

    @discardableResult
    private func read(from: ObjectID, to: ObjectID) throws(GitError) -> BranchChanges {
        var differ = TreeDiffer(repository: repository)
        try differ.diff(try repository.tree(ofCommit: from), try repository.tree(ofCommit: to))
        return remember(differ.records, changes: ChangeRecord.sortedFileChanges(differ.records), from: from, to: to)
    }

    @discardableResult
    private func remember(_ records: [ChangeRecord], changes: [FileChange], from: ObjectID, to: ObjectID) -> BranchChanges {
        let read = BranchChanges(records: records, changes: changes, set: ChangeSet(changes, in: &pathTable))
        changeCache[CommitPair(from: from, to: to)] = read
        return read
    }

    struct CommitPair: Hashable {
        var from: ObjectID
        var to: ObjectID
    }

    /// One read of the changes between two commits: as the differ found them (for rename
    /// pairing), as sorted changes with renames split, and indexed.
    struct BranchChanges {
        var records: [ChangeRecord]
        var changes: [FileChange]
        var set: ChangeSet
    }
}

/// How a merge was decided, cheapest first; reported so that a slow wave can be explained.
public enum MergeMethod: String, Sendable, Hashable {
    /// The change sets share no path: clean without reading a file.
    case disjoint
    /// Only files both sides changed were merged (no deletions, so no renames to detect).
    case predicted
    /// libgit2's full tree merge with rename detection.
    case full
}
