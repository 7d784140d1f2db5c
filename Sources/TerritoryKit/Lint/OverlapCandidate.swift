/// Two write entries of different agents that cover one path, with an example and how many
/// tracked files they share (zero when the overlap is only on files not created yet).
struct OverlapCandidate {
    var first: EntryMatch
    var second: EntryMatch
    var example: String
    var trackedFiles: Int

    /// Annotations that say the plan meant the sharing: the overlap is then a warning.
    static let sharingWords = ["shared", "section", "append", "coordinate", "partial", "lines"]

    var isAnnotatedShared: Bool {
        if first.entry.access == .shared || second.entry.access == .shared { return true }
        return (first.entry.annotations + second.entry.annotations).contains { note in
            Self.sharingWords.contains { note.contains($0) }
        }
    }

    /// One of the two entries names a path without wildcards (a file or a folder): the overlap is
    /// on that path, not on a name made up to show that two patterns can meet.
    var hasLiteralSide: Bool {
        Self.isLiteral(first.entry.pattern) || Self.isLiteral(second.entry.pattern)
    }

    static func isLiteral(_ pattern: String) -> Bool {
        !pattern.contains { $0 == "*" || $0 == "?" || $0 == "[" || $0 == "{" }
    }
}
