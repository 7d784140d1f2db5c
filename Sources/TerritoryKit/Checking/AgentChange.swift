/// What one agent changed: the agent the change is judged as, where the change came from (a
/// branch, the index, a pushed ref) and the changed paths.
public struct AgentChange: Sendable, Hashable {
    public var agentID: String
    /// A short description of the source, printed in reports: `agent/api (Branch field, line 12)`.
    public var source: String
    public var changes: [ChangedPath]

    public init(agentID: String, source: String, changes: [ChangedPath]) {
        self.agentID = agentID
        self.source = source
        self.changes = changes
    }
}
