/// An entry of the plan that matched a path, with the agent it belongs to.
public struct EntryMatch: Sendable, Hashable {
    public var agentID: String
    public var entry: Entry

    public init(agentID: String, entry: Entry) {
        self.agentID = agentID
        self.entry = entry
    }
}
