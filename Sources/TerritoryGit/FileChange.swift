/// How a path changed between two trees.
public enum ChangeStatus: String, Sendable, Hashable {
    case added = "A", modified = "M", deleted = "D", renamed = "R", typeChanged = "T"
}

/// One changed path between two trees. A rename carries both paths: `oldPath` is where the file
/// was, `path` where it is now.
public struct FileChange: Hashable, Sendable {
    public var status: ChangeStatus
    public var path: String
    public var oldPath: String?
    /// The blob ids before and after, where a side exists (used by merge prediction and contracts).
    public var oldID: ObjectID?
    public var newID: ObjectID?

    public init(status: ChangeStatus, path: String, oldPath: String? = nil, oldID: ObjectID? = nil, newID: ObjectID? = nil) {
        self.status = status
        self.path = path
        self.oldPath = oldPath
        self.oldID = oldID
        self.newID = newID
    }

    /// Every path this change touches: both sides of a rename, one path otherwise.
    public var touchedPaths: [String] {
        if let oldPath, oldPath != path { return [oldPath, path] }
        return [path]
    }
}
