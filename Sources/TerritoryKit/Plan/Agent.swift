/// One agent of the plan: who it is, when it runs, and the entries that make up its territory.
public struct Agent: Sendable, Hashable, Codable {
    /// Stable kebab-case id (`backend-api-agent`): the explicit id field, else one in the heading,
    /// else a slug of the name.
    public var id: String
    /// The display name as the heading gives it.
    public var name: String
    /// Other spellings that name this agent: its number (`1`), its name, roster spellings.
    public var aliases: [String]
    public var waves: [Int]
    /// The branch the plan gives the agent, if it names one.
    public var branch: String?
    /// Where the agent's section starts.
    public var location: SourceLocation
    public var entries: [Entry]

    public init(
        id: String, name: String, aliases: [String] = [], waves: [Int] = [], branch: String? = nil,
        location: SourceLocation, entries: [Entry] = []
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.waves = waves
        self.branch = branch
        self.location = location
        self.entries = entries
    }

    public func entries(_ access: Access) -> [Entry] { entries.filter { $0.access == access } }

    /// The kebab key a name is compared by (`Backend API Agent` → `backend-api-agent`): the rule
    /// that makes ids, used for branch names too.
    public static func slug(_ name: some StringProtocol) -> String { AgentIdentity.slug(name) }
}
