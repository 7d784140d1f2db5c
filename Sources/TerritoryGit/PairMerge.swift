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
