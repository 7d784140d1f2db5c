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
