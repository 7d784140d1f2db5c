/// One agent a report covers: the change judged as that agent and how territory found it.
public struct CheckedAgent: Sendable, Hashable {
    public var id: String
    /// The branch (or other source) judged, if any.
    public var branch: String?
    /// How the branch was tied to the agent: `Branch field (plan line 12)`, `pattern agent/{id}`.
    public var mapping: String
    /// Abbreviated commit the changes were measured from (the merge base), if any.
    public var mergeBase: String?
    public var changedPaths: Int

    public init(id: String, branch: String?, mapping: String, mergeBase: String?, changedPaths: Int) {
        self.id = id
        self.branch = branch
        self.mapping = mapping
        self.mergeBase = mergeBase
        self.changedPaths = changedPaths
    }
}
