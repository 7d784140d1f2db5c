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
