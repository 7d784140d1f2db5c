/// A branch as a plain value. `name` is the short name: "agent/api" for a local branch,
/// "origin/agent/api" for a remote-tracking one.
public struct Branch: Hashable, Sendable {
    public var name: String
    public var isRemote: Bool
    /// The commit the branch points at.
    public var target: ObjectID

    public init(name: String, isRemote: Bool, target: ObjectID) {
        self.name = name
        self.isRemote = isRemote
        self.target = target
    }
}
