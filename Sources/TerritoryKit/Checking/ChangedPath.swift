/// One path a change touches, as the checker sees it: git's status letter and both paths of a
/// rename. A plain value so that `TerritoryKit` never needs to know about git.
public struct ChangedPath: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        case added = "A", modified = "M", deleted = "D", renamed = "R", typeChanged = "T"
    }

    public var status: Status
    public var path: String
    /// Where a renamed file came from.
    public var oldPath: String?

    public init(status: Status, path: String, oldPath: String? = nil) {
        self.status = status
        self.path = path
        self.oldPath = oldPath
    }

    /// The paths the change writes: both sides of a rename (the old path loses a file, the new
    /// one gains it), one path otherwise.
    public var touchedPaths: [String] {
        if let oldPath, oldPath != path { return [oldPath, path] }
        return [path]
    }
}

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
