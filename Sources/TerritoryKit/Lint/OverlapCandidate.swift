/// Two write entries of different agents that cover one path, with an example and how many
/// tracked files they share (zero when the overlap is only on files not created yet).
struct OverlapCandidate {
    var first: EntryMatch
    var second: EntryMatch
    var example: String
    var trackedFiles: Int

    /// Annotations that say the plan meant the sharing: the overlap is then a warning.
    /// `only` and `column` are parts of a file: `(backend tests only)`, `(left column only)`.
    static let sharingWords = ["shared", "section", "append", "coordinate", "partial", "lines", "only", "column"]

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

    var bothUnresolvedBareNames: Bool {
        [first.entry, second.entry].allSatisfy { entry in
            entry.annotations.contains(BareNameResolver.annotation) && !entry.pattern.contains("/")
        }
    }

    /// The entry whose pattern contains the other's (`src/pages/**` over `src/pages/Home.tsx`),
    /// when one does: overlaps under one broad entry are reported together.
    var broaderPattern: String? {
        let a = first.entry.pattern, b = second.entry.pattern
        guard a != b else { return nil }
        if b.hasPrefix(Self.literalPrefix(a)) { return a }
        if a.hasPrefix(Self.literalPrefix(b)) { return b }
        return nil
    }

    static func literalPrefix(_ pattern: String) -> Substring {
        pattern.prefix { $0 != "*" && $0 != "?" && $0 != "[" && $0 != "{" }
    }

    static func isLiteral(_ pattern: String) -> Bool {
        !pattern.contains { $0 == "*" || $0 == "?" || $0 == "[" || $0 == "{" }
    }
}
