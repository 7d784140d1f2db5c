/// A rule that judges each path a change writes. The checker asks the rules in order and the
/// first that answers decides, so a path gets one finding: the most specific one.
public protocol PathRule: Sendable {
    static var description: RuleDescription { get }
    /// The finding for this path, or nil when the rule has nothing to say about it.
    func evaluate(_ touch: PathTouch) -> Finding?
}

extension PathRule {
    func finding(_ touch: PathTouch, owners: [String], message: String, plan: SourceLocation?, hint: String) -> Finding {
        Finding(
            rule: Self.description.id, severity: Self.description.defaultSeverity, agent: touch.agent.id,
            path: touch.path, rename: touch.rename, owners: owners, message: message, plan: plan, hint: hint)
    }
}

/// One path an agent's change writes, with everything a path rule needs to judge it.
public struct PathTouch: Sendable {
    public var agent: Agent
    public var change: ChangedPath
    /// The side of the change being judged (a rename is judged on both of its paths).
    public var path: String
    public var ownership: Ownership
    /// The plan's own files, which no agent may change.
    public var planScope: PlanScope

    /// How the change treats this path, in words: "changed", "deleted", "renamed away from".
    var verb: String {
        switch change.status {
        case .added: "added"
        case .modified, .typeChanged: "changed"
        case .deleted: "deleted"
        case .renamed: path == change.oldPath ? "renamed away from" : "renamed into"
        }
    }

    /// Both paths, when the change is a rename.
    var rename: Rename? {
        guard change.status == .renamed, let oldPath = change.oldPath else { return nil }
        return Rename(from: oldPath, to: change.path)
    }
}
