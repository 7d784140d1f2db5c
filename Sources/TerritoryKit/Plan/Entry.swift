/// One pattern from the plan, with the place it was written and the notes written next to it.
public struct Entry: Sendable, Hashable, Codable {
    /// The pattern as territory matches it (DESIGN §3): root-anchored, `./` dropped; a leading `!`
    /// marks an exclusion from the same agent's entries.
    public var pattern: String
    public var access: Access
    public var location: SourceLocation
    /// Lower-cased annotations written after the path: `new`, `modify`, `append-only`, `section: …`.
    public var annotations: [String]

    public init(pattern: String, access: Access, location: SourceLocation, annotations: [String] = []) {
        self.pattern = pattern
        self.access = access
        self.location = location
        self.annotations = annotations
    }

    /// True for `!pattern`, which takes paths out of the agent's other entries of the same access.
    public var isExclusion: Bool { pattern.hasPrefix("!") }
}

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

/// Where in the plan something was written: the plan file (repository-relative) and a 1-based line.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}
