/// An orchestration plan as read: its agents with their entries, and what the reader noticed.
public struct Plan: Sendable, Hashable, Codable {
    /// The repository-relative path of the plan's main file (`…/agent-assignments.md`).
    public var file: String
    public var agents: [Agent]
    public var diagnostics: [PlanDiagnostic]

    public init(file: String, agents: [Agent], diagnostics: [PlanDiagnostic] = []) {
        self.file = file
        self.agents = agents
        self.diagnostics = diagnostics
    }

    /// The folder that holds the plan's files; a change under it is a change to the plan.
    public var folder: String {
        guard let slash = file.lastIndex(of: "/") else { return "" }
        return String(file[..<slash])
    }

    /// The agent with this id, number, name or alias (case-insensitive), if exactly one matches.
    public func agent(named name: String) -> Agent? {
        let wanted = name.lowercased()
        if let exact = agents.first(where: { $0.id.lowercased() == wanted }) { return exact }
        let byAlias = agents.filter { agent in
            agent.name.lowercased() == wanted || agent.aliases.contains { $0.lowercased() == wanted }
        }
        return byAlias.count == 1 ? byAlias[0] : nil
    }
}
