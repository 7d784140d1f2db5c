/// What an entry lets its agent do with the paths it matches.
public enum Access: String, Sendable, Hashable, Codable, CaseIterable {
    /// The agent's territory: it may create, change and delete these paths.
    case write
    /// The agent may read these paths but must not change them.
    case read
    /// The agent may change these paths under a rule it keeps (append-only, a section, coordination).
    case shared
    /// The plan tells the agent never to touch these paths.
    case forbidden
}
