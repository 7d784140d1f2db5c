/// What `PathNormalizer` made of one candidate token.
enum NormalizedPath: Sendable, Hashable {
    /// A repository path or pattern; `bareName` when it had no `/` and must be found in the tree.
    case path(String, bareName: Bool)
    /// Written like a path but is something else (an HTTP route, a URL): a note, not an entry.
    case notAPath(reason: String)
    /// A path territory cannot anchor in the repository (`~/…`, `../…`, `{placeholder}`,
    /// `file:line`): a warning, not an entry.
    case unresolvable(reason: String)
    /// Written as an entry but malformed, or too wide to be meant (`!` alone, `{a,`, `[`, `**`):
    /// an error, because guessing would grant or drop territory nobody wrote. `reason` says what
    /// is wrong and how to write it.
    case invalid(reason: String)
    /// Not a path at all (a code symbol, an id, prose): dropped silently.
    case ignored
}
