/// One brace-free alternative of a pattern, split into segments: the compiler's output and the
/// input from which `PatternSet` chooses a strategy bucket.
struct GlobAlternative: Sendable, Hashable {
    enum Segment: Sendable, Hashable {
        case literal([UInt8])
        /// Bytes with `*` (runs collapsed to one) and `?`.
        case wildcard([UInt8])
        case globstar
    }

    var segments: [Segment]
    /// How many path segments must remain beneath the matched ones (see `FlatGlob`).
    var minRest: Int

    /// The whole alternative as one literal path when no segment has a wildcard.
    var literalPath: [UInt8]? {
        var bytes: [UInt8] = []
        for (offset, segment) in segments.enumerated() {
            guard case .literal(let part) = segment else { return nil }
            if offset > 0 { bytes.append(UInt8(ascii: "/")) }
            bytes += part
        }
        return segments.isEmpty ? nil : bytes
    }

    /// The leading literal segments joined by `/` (`lib/m1` for `lib/m1/**/*.ts`), and how many
    /// there are: only paths that start with them can match.
    var literalPrefix: (path: [UInt8], segments: Int) {
        var bytes: [UInt8] = []
        var count = 0
        for case .literal(let part) in segments.prefix(while: { if case .literal = $0 { true } else { false } }) {
            if count > 0 { bytes.append(UInt8(ascii: "/")) }
            bytes += part
            count += 1
        }
        return (bytes, count)
    }

    /// The longest literal segment: some path segment must equal it, wherever `**` puts it.
    var longestLiteralSegment: [UInt8]? {
        var best: [UInt8]?
        for case .literal(let part) in segments where part.count > (best?.count ?? -1) { best = part }
        return best
    }

    /// Which strategy bucket finds this alternative's candidates, and under which key.
    /// A literal prefix of two or more segments beats an extension: many agents write
    /// `lib/<name>/**/*.ts`, and keying those by `ts` would verify every one of them for every
    /// `.ts` file.
    var bucket: (bucket: PatternBuckets.Bucket, key: [UInt8]) {
        if let path = literalPath { return (.literal, path) }
        let prefix = literalPrefix
        if prefix.segments >= 2 { return (.prefix, prefix.path) }
        if let ext = requiredExtension { return (.extension, ext) }
        if prefix.segments == 1 { return (.prefix, prefix.path) }
        if let segment = longestLiteralSegment { return (.anySegment, segment) }
        return (.general, [])
    }

    /// The extension every path segment matched by the last pattern segment must have (the bytes
    /// after its last `.`), when the segment ends in a literal `.ext` after its last wildcard.
    ///
    /// `*.d.ts` requires `ts`; `*.t?` and `**` require nothing. Because a pattern also matches the
    /// descendants of what it matches, the path segment may be any segment, not only the last.
    var requiredExtension: [UInt8]? {
        let bytes: [UInt8]
        switch segments.last {
        case .literal(let part)?, .wildcard(let part)?: bytes = part
        case .globstar?, nil: return nil
        }
        let tailStart = (bytes.lastIndex { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") } ?? -1) + 1
        guard let dot = bytes[tailStart...].lastIndex(of: UInt8(ascii: ".")) else { return nil }
        return Array(bytes[(dot + 1)...])
    }
}
