/// Turns one territory pattern into its brace-free alternatives, or says why it cannot.
///
/// Validation happens here, once, so the matchers can assume well-formed segments: no empty
/// segment, no braces, no leading `/`.
enum PatternCompiler {
    /// Brace expansion is multiplicative; past this many alternatives a pattern is a mistake.
    static let maximumAlternatives = 4096

    static func compile(_ pattern: String) throws(PatternError) -> [GlobAlternative] {
        func fail(_ kind: PatternError.Kind, _ message: String) -> PatternError {
            PatternError(kind: kind, pattern: pattern, message: message)
        }
        if pattern.isEmpty {
            throw fail(.empty, "the pattern is empty; write a repository path such as src/api/")
        }
        if pattern.utf8.contains(0) {
            throw fail(.invalidCharacter, "the pattern contains a NUL character, which no git path can hold; remove it")
        }
        if pattern.hasPrefix("!") {
            throw fail(.exclusionNotAllowed, "an exclusion cannot be compiled on its own; list it in the agent's territory as !path")
        }
        if pattern.contains("//") {
            throw fail(.emptySegment, "'//' leaves an empty path segment; write a single '/' between folders")
        }
        var body = Substring(pattern)
        while body.hasPrefix("./") { body = body.dropFirst(2) }
        if body.hasPrefix("/") { body = body.dropFirst() }
        if body.isEmpty {
            throw fail(.empty, "the pattern names no path (only '/' or './'); write a repository path such as src/api/")
        }
        let expanded = try BraceExpander.expand(Array(body.utf8), pattern: pattern)
        var alternatives: [GlobAlternative] = []
        for bytes in expanded {
            alternatives.append(try alternative(bytes, pattern: pattern))
        }
        return alternatives
    }

    /// Splits one brace-free alternative into segments and folds a trailing `/` and `/**` into
    /// `minRest`: both mean "strictly beneath", and git's `:(glob)` agrees that `docs/**` does not
    /// match a file named `docs`.
    static func alternative(_ bytes: [UInt8], pattern: String) throws(PatternError) -> GlobAlternative {
        var parts = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        var minRest = 0
        if parts.count > 1, parts.last?.isEmpty == true {
            parts.removeLast()
            minRest = 1
        }
        if parts.contains(where: \.isEmpty) {
            throw PatternError(
                kind: .emptySegment, pattern: pattern,
                message: "an alternative expands to an empty path segment ('\(String(decoding: bytes, as: UTF8.self))'); give every brace alternative a name")
        }
        var segments: [GlobAlternative.Segment] = []
        for part in parts {
            let segment = segment(Array(part))
            if segment == .globstar, segments.last == .globstar { continue }
            segments.append(segment)
        }
        if segments.last == .globstar {
            segments.removeLast()
            minRest += 1
            // A `**` left at the end now matches zero or more segments before the required rest,
            // which a prefix match already allows.
            if segments.last == .globstar { segments.removeLast() }
        }
        return GlobAlternative(segments: segments, minRest: minRest)
    }

    /// `**` alone is a globstar; inside a segment `**` behaves as `*`.
    static func segment(_ part: [UInt8]) -> GlobAlternative.Segment {
        let star = UInt8(ascii: "*"), question = UInt8(ascii: "?")
        if part == [star, star] { return .globstar }
        guard part.contains(where: { $0 == star || $0 == question }) else { return .literal(part) }
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(part.count)
        for byte in part where !(byte == star && collapsed.last == star) {
            collapsed.append(byte)
        }
        return .wildcard(collapsed)
    }
}
