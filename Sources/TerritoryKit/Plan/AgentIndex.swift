/// `Plan.agent(named:)` for many lookups: the same answer (an id first, else the one agent with
/// that name or alias, case-insensitive) from dictionaries instead of a scan of every agent, so
/// merging siblings and territory blocks and resolving findings stay linear in agents.
struct AgentIndex: Sendable {
    private var ids: [String: Int] = [:]
    private var names: [String: [Int]] = [:]

    init(_ agents: [Agent]) {
        for (index, agent) in agents.enumerated() { add(agent, at: index) }
    }

    /// The index of the agent `name` names, if exactly one does.
    func index(named name: String) -> Int? {
        let wanted = name.lowercased()
        if let index = ids[wanted] { return index }
        guard let found = names[wanted], found.count == 1 else { return nil }
        return found[0]
    }

    /// Indexes `agent`, which is `agents[index]`; a later agent with the same id does not
    /// replace the first, as in `Plan.agent(named:)`.
    mutating func add(_ agent: Agent, at index: Int) {
        let id = agent.id.lowercased()
        if ids[id] == nil { ids[id] = index }
        for name in Self.names(of: agent) { names[name, default: []].append(index) }
    }

    /// Re-indexes `agents[index]` after its name or aliases changed from `old`'s.
    mutating func update(_ old: Agent, to new: Agent, at index: Int) {
        for name in Self.names(of: old) { names[name]?.removeAll { $0 == index } }
        for name in Self.names(of: new) { names[name, default: []].append(index) }
    }

    private static func names(of agent: Agent) -> Set<String> {
        Set(([agent.name] + agent.aliases).map { $0.lowercased() })
    }
}
