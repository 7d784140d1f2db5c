/// A predicted merge conflict as the git layer reports it, as plain values: which agents, which
/// path, what kind, and at which step of the sequential integration (nil for a pairwise one).
public struct WaveConflict: Sendable, Hashable {
    public var agent: String
    /// The other side: an agent, or for a sequential step the earlier agents that changed the path.
    public var otherAgents: [String]
    public var path: String
    /// Every path the conflict involves (several for rename conflicts).
    public var paths: [String]
    /// `content`, `modify/delete`, `add/add`, `rename`.
    public var kind: String
    /// 1-based step of the integration in plan order, with the number of steps.
    public var step: (index: Int, of: Int)?

    public init(agent: String, otherAgents: [String], path: String, paths: [String], kind: String, step: (index: Int, of: Int)? = nil) {
        self.agent = agent
        self.otherAgents = otherAgents
        self.path = path
        self.paths = paths
        self.kind = kind
        self.step = step
    }

    public static func == (lhs: WaveConflict, rhs: WaveConflict) -> Bool {
        (lhs.agent, lhs.otherAgents, lhs.path, lhs.paths, lhs.kind) == (rhs.agent, rhs.otherAgents, rhs.path, rhs.paths, rhs.kind)
            && lhs.step?.index == rhs.step?.index && lhs.step?.of == rhs.step?.of
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(agent)
        hasher.combine(path)
        hasher.combine(kind)
        hasher.combine(step?.index)
    }
}
