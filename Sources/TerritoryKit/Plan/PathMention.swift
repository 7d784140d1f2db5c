/// Finds what looks like a repository path in a line the reader did not take an entry from, so
/// that such a line becomes a diagnostic instead of being dropped without a word.
///
/// A backticked span counts when the normalizer would read it as a path, or refuses it as one
/// (`~/x`, `{a,`); routes and URLs do not. A bare word counts only with stronger signs, since
/// prose has `client/server` and `and/or`: a known file name, a trailing `/`, a glob, or three
/// segments.
struct PathMention: Sendable {
    var normalizer: PathNormalizer

    /// The first path-like mention in `text`, as written.
    func first(in text: some StringProtocol) -> String? {
        // Every path-like mention has a `/`, a `.` or a backticked bare name (`LICENSE`).
        guard text.containsByte("/.`") else { return nil }
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        for (offset, part) in parts.enumerated() {
            // Odd parts are inside backticks; an unterminated final span is prose.
            if offset % 2 == 1, offset < parts.count - 1 {
                if isPathLike(span: part) { return part.trimmingSpaces }
            } else if let word = part.split(whereSeparator: { $0 == " " || $0 == "\t" }).first(where: isPathLikeWord) {
                return Self.core(word)
            }
        }
        return nil
    }

    /// A backticked span (or a candidate token) the reader would have taken for a path.
    func isPathLike(span: some StringProtocol) -> Bool {
        switch normalizer.normalize(span) {
        case .path: true
        case .unresolvable, .invalid: span.contains("/")  // `~/x`, `{a,b`, not `<track>`
        case .notAPath: false
        case .ignored: span.split(whereSeparator: { $0 == " " || $0 == "\t" }).contains(where: isPathLikeWord)
        }
    }

    /// A bare word: `src/api/`, `lib/x.py`, `src/**`, `a/b/c`, but not `client/server`.
    func isPathLikeWord(_ word: some StringProtocol) -> Bool {
        let core = Self.core(word)
        guard core.contains("/"), !core.containsText("://"), core.contains(where: { $0.isLetter || $0.isNumber }) else { return false }
        switch normalizer.normalize(core) {
        case .notAPath, .ignored: return false
        case .path, .unresolvable, .invalid: break
        }
        let segments = core.split(separator: "/")
        return core.hasSuffix("/") || core.contains("*") || segments.count >= 3 || KnownFileNames.isFileName(core)
    }

    /// The word without the punctuation and emphasis prose puts around it: `(src/api/).` →
    /// `src/api/`, `**Remove/Hide` → `Remove/Hide`; a markdown link gives its target.
    private static func core(_ word: some StringProtocol) -> String {
        var text = Substring(word)
        if let link = text.firstRange(of: "](") { text = text[link.upperBound...].prefix { $0 != ")" } }
        let start = text.drop { "\"'(<*_".contains($0) }
        return String(start.reversed().drop { "\"')>,.;:!?*_".contains($0) }.reversed())
    }
}
