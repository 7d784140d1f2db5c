/// An agent while its section is being read; its id is settled only when the whole plan has been
/// read, because an `**Agent ID**:` field may come anywhere in the section and ids must be unique.
struct AgentDraft: Sendable {
    var heading: AgentHeading
    /// The heading level of the section; a heading at this level or above ends it.
    var level: Int
    var location: SourceLocation
    var explicitId: String?
    var branch: String?
    var waves: [Int]
    var entries: [Entry] = []
    /// Names summaries gave the agent (`Agent 1` in a roster whose `Track` column names it).
    var summaryAliases: [String] = []
    /// How many non-agent headings preceded the section: a repeated heading after a later one
    /// (`## Success Criteria`) continues this agent rather than duplicating it.
    var headingsBefore = 0

    /// The explicit id, else the kebab id in the heading, else a slug of the name, else one made
    /// from the code or the line.
    var preferredId: String {
        if let explicitId, !explicitId.isEmpty { return explicitId }
        if let kebab = heading.kebabId { return kebab }
        let slug = AgentIdentity.slug(heading.name)
        if !slug.isEmpty { return slug }
        if let code = heading.code { return "agent-" + AgentIdentity.slug(code) }
        return "agent-line-\(location.line)"
    }

    func agent(id: String) -> Agent {
        let headingId = heading.kebabId == id ? nil : heading.kebabId
        let lowerId = id.lowercased()
        return Agent(
            id: id,
            name: heading.name,
            aliases: AgentIdentity.aliases(id: preferredId, code: heading.code, name: heading.name, headingId: headingId)
                .filter { $0.lowercased() != lowerId } + summaryAliases.filter { $0.lowercased() != lowerId },
            waves: waves.count <= 1 ? waves : Array(Set(waves)).sorted(),
            branch: branch ?? heading.branch,
            location: location,
            entries: entries
        )
    }
}
