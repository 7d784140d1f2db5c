/// What each column of a markdown table holds, read from its header: the agent, paths of some
/// access, waves, a branch, an id. Column names vary widely (`Agent ID | Role | Wave | Files
/// Owned`, `Agent | Territory | Wave`, `File | Owner | Access`), so each is matched by words.
struct TableColumns: Sendable, Hashable {
    enum Role: Sendable, Hashable {
        case agent, owner, id, wave, branch, file, access, other
        /// `Track`, `Team`, `Lane`: another name of the row's agent, used when the agent cell is a bare number.
        case alias
        case paths(Access)
    }

    var roles: [Role]

    init(header: [String]) {
        var roles: [Role] = []
        for cell in header {
            var role = Self.role(of: HeadingText.plain(cell).lowercased())
            if role == .agent, roles.contains(.agent) { role = .other }
            roles.append(role)
        }
        // `Agent ID | Name | …`: the id column names the agent when there is no agent column.
        if !roles.contains(.agent), let id = roles.firstIndex(of: .id) { roles[id] = .agent }
        self.roles = roles
    }

    /// True when rows name agents (a roster, a matrix) rather than listing one agent's files.
    var namesAgents: Bool { roles.contains(.agent) || roles.contains(.owner) }

    /// True for rosters (an id, wave or branch per agent), whose rows may define agents; other
    /// summaries only restate the agents the sections define.
    var definesAgents: Bool { roles.contains(.agent) && roles.contains { [.id, .wave, .branch].contains($0) } }

    func role(at index: Int) -> Role { index < roles.count ? roles[index] : .other }

    private static func role(of name: String) -> Role {
        if ["agent id", "id", "agent_id", "agent-id", "instance"].contains(name) { return .id }
        if name.containsWord("wave") || name.containsWord("waves") { return .wave }
        if LabelVocabulary.isWaveColumn(name) { return .wave }
        if name.containsWord("branch") { return .branch }
        if ["file", "files", "path", "paths", "file path", "module", "directory"].contains(name) { return .file }
        if name.containsWord("owner") || name.containsWord("owned by") || name.hasPrefix("who ") { return .owner }
        if ["track", "team", "lane", "workstream", "stream"].contains(name) { return .alias }
        if ["access", "mode", "permission", "access level"].contains(name) { return .access }
        if name.containsWord("agent") || name.containsWord("person") || name.containsWord("agent role") {
            return SectionClassifier.classify(name).map(Role.paths) ?? .agent
        }
        // `名前`, `エージェント名`, `Agente`; `担当者` (the person in charge) despite `担当` (in charge of).
        if LabelVocabulary.isAgentColumn(name) {
            let exact = LabelVocabulary.all.contains { $0.agent.contains(name) }
            if exact { return .agent }
            return SectionClassifier.classify(name).map(Role.paths) ?? .agent
        }
        if let access = SectionClassifier.classify(name) { return .paths(access) }
        return .other
    }
}
