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
