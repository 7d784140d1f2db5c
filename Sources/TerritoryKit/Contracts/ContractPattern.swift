/// A glob from a contract's territory block, with the line that declared it, so a finding can
/// say "frozen by storage-interface.md:9".
public struct ContractPattern: Sendable, Hashable {
    public var pattern: String
    public var location: SourceLocation

    public init(pattern: String, location: SourceLocation) {
        self.pattern = pattern
        self.location = location
    }

    /// A pattern naming a folder (`migrations/`, `migrations/**`): append-only there means
    /// "new files only", not "lines only added".
    public var isFolder: Bool { pattern.hasSuffix("/") || pattern.hasSuffix("/**") }

    /// Glob semantics of the plan (a pattern matches the path or a leading folder); a pattern that
    /// does not compile matches nothing, and the reader has already reported it.
    public func matches(_ path: String) -> Bool {
        guard let glob = try? Glob(pattern) else { return false }
        return glob.matches(path)
    }
}
