/// Everything the plan says about one path: who may write it, who may only read it, who shares it
/// under a rule, and who must not touch it. Each list holds, per agent, the entry that decided.
public struct Ownership: Sendable, Hashable {
    public var writers: [EntryMatch] = []
    public var readers: [EntryMatch] = []
    public var sharers: [EntryMatch] = []
    public var forbidden: [EntryMatch] = []

    public init() {}

    /// The ids of the agents whose territory includes the path, in plan order.
    public var owners: [String] { writers.map(\.agentID) }

    public func match(for agentID: String, _ access: Access) -> EntryMatch? {
        list(access).first { $0.agentID == agentID }
    }

    public func list(_ access: Access) -> [EntryMatch] {
        switch access {
        case .write: writers
        case .read: readers
        case .shared: sharers
        case .forbidden: forbidden
        }
    }

    mutating func append(_ match: EntryMatch) {
        switch match.entry.access {
        case .write: writers.append(match)
        case .read: readers.append(match)
        case .shared: sharers.append(match)
        case .forbidden: forbidden.append(match)
        }
    }
}

/// An entry of the plan that matched a path, with the agent it belongs to.
public struct EntryMatch: Sendable, Hashable {
    public var agentID: String
    public var entry: Entry

    public init(agentID: String, entry: Entry) {
        self.agentID = agentID
        self.entry = entry
    }
}
