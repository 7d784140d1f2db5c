/// Sequential integration: the base, then each branch merged into the result of the ones before,
/// as an orchestrator merging a wave in plan order would, but in memory.
extension MergeWorkspace {
    /// Merges `branches` onto `base` in order and stops at the first step that conflicts (later
    /// steps would merge into a result that does not exist). A step whose changes share no path
    /// with the earlier steps' is clean without merging; the integrated tree is only built, with
    /// `git_tree_create_updated` (O(changed paths)), when a step overlaps and needs a merge, which
    /// runs on reduced trees (`reducedMerge`).
    public func integrate(base: ObjectID, branches: [ObjectID]) throws(GitError) -> [IntegrationStep] {
        var steps: [IntegrationStep] = []
        var integrated: [ObjectID] = [base]
        var touched: [FileChange] = []
        var touchedSet = ChangeSet()
        var tree: ObjectID?
        var pending: [(changes: [FileChange], branch: ObjectID)] = []
        for (index, branch) in branches.enumerated() {
            guard let ancestor = try mergeBase(of: branch, into: integrated) else {
                throw GitError(function: "git_merge_base_many", code: -3,
                               message: "branch \(branch) shares no history with the base", hint: nil)
            }
            let read = try branchChanges(from: ancestor, to: branch)
            let changes = read.changes
            let shared = touchedSet.sharedPaths(with: read.set, in: pathTable)
            defer {
                integrated.append(branch)
                touched += changes
                touchedSet.formUnion(read.set)
            }
            guard !shared.isEmpty else {
                pending.append((changes, branch))
                steps.append(IntegrationStep(index: index, branch: branch, sharedPaths: [], conflicts: [], method: .disjoint))
                continue
            }
            // While every earlier step was disjoint, the integration holds each shared path as
            // one earlier branch left it: the predictor settles a conflicting step exactly, unless
            // a deletion on a shared path makes renames matter.
            if tree == nil, ancestor == base {
                let sharedSet = Set(shared)
                let earlier = touched.filter { sharedSet.contains($0.path) }
                let mine = changes.filter { sharedSet.contains($0.path) }
                if earlier.count == shared.count, mine.count == shared.count,
                   !Self.needsRenameDetection(earlier, mine) {
                    let predicted = try predictConflicts(earlier, mine)
                    if !predicted.isEmpty {
                        steps.append(IntegrationStep(index: index, branch: branch, sharedPaths: shared, conflicts: predicted, method: .predicted))
                        return steps
                    }
                }
            }
            var current: ObjectID
            if let tree { current = tree } else { current = try repository.tree(ofCommit: base) }
            if !pending.isEmpty {
                current = try applying(pending, to: current)
                pending = []
            }
            // The integrated tree is diffed against this step's ancestor inside (subtree
            // skipping, O(changed)), so the reduced trees cover every earlier step's changes.
            let ancestorTree = try repository.tree(ofCommit: ancestor)
            let outcome = try reducedMerge(
                ancestor: ancestorTree, ours: current, theirs: try repository.tree(ofCommit: branch),
                ourChanges: try records(from: ancestorTree, to: current), theirChanges: read.records, keepTree: true)
            steps.append(IntegrationStep(index: index, branch: branch, sharedPaths: shared, conflicts: outcome.conflicts, method: .full))
            guard outcome.isClean else { return steps }
            tree = outcome.tree
        }
        return steps
    }

    /// The tree with each branch's (path-disjoint) changes written over it, in memory.
    private func applying(_ pending: [(changes: [FileChange], branch: ObjectID)], to tree: ObjectID) throws(GitError) -> ObjectID {
        var edits: [TreeEdit] = []
        for (changes, branch) in pending {
            let branchTree = try Tree(try repository.tree(ofCommit: branch), in: repository)
            for change in changes {
                if change.newID == nil {
                    edits.append(TreeEdit(path: change.path, id: nil, mode: 0))
                } else if let entry = try branchTree.entryInfo(atPath: change.path) {
                    edits.append(TreeEdit(path: change.path, id: entry.id, mode: entry.mode))
                }
            }
        }
        return try edit(tree: tree, with: edits)
    }
}

/// One step of merging a wave's branches onto the base in order: branch `index` merged into the
/// result of the base and every earlier branch.
public struct IntegrationStep: Hashable, Sendable {
    /// Position of the branch in the order given (0-based).
    public var index: Int
    public var branch: ObjectID
    /// Paths the branch changed that earlier steps changed too.
    public var sharedPaths: [String]
    public var conflicts: [MergeConflict]
    public var method: MergeMethod

    public init(index: Int, branch: ObjectID, sharedPaths: [String], conflicts: [MergeConflict], method: MergeMethod) {
        self.index = index
        self.branch = branch
        self.sharedPaths = sharedPaths
        self.conflicts = conflicts
        self.method = method
    }

    public var isClean: Bool { conflicts.isEmpty }
}
