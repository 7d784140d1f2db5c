/// Finds the path candidates in one list item or inline label value, each with the text that
/// follows it (its annotations). Whether a candidate is really a path is `PathNormalizer`'s call.
enum ItemExtractor {
    struct Candidate: Sendable, Hashable {
        var token: String
        /// The text after the token up to the next candidate: `(NEW) - entry point`.
        var trailing: String
    }

    /// Candidates in a bullet: every backticked span, plus a leading un-backticked token that is
    /// path-shaped (`src/app.py (new)`, `LICENSE`).
    static func candidates(inItem text: some StringProtocol) -> [Candidate] {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        var found: [Candidate] = []
        if let lead = parts.first, let bare = bareCandidate(lead) {
            found.append(bare)
        }
        // Odd parts are inside backticks; an unterminated final span is not a span.
        var index = 1
        while index < parts.count - 1 {
            let trailing = index + 1 < parts.count ? String(parts[index + 1]) : ""
            let token = parts[index].trimmingSpaces
            if !token.isEmpty { found.append(Candidate(token: token, trailing: trailing)) }
            index += 2
        }
        return found
    }

    /// Candidates in an inline value after a label: backticked spans if there are any, else each
    /// comma-separated part that starts with a path-shaped token.
    static func candidates(inInline text: some StringProtocol) -> [Candidate] {
        if text.contains("`") { return candidates(inItem: text) }
        return text.split(separator: ",").compactMap { bareCandidate($0) }
    }

    /// Candidates in a table cell, which may hold several paths joined by `<br>`, commas or
    /// spaces between backticks (`` `a/` `b.py` ``).
    static func candidates(inCell text: some StringProtocol) -> [Candidate] {
        var found: [Candidate] = []
        for part in String(text).replacing("<br />", with: "\n").replacing("<br/>", with: "\n")
            .replacing("<br>", with: "\n").split(separator: "\n") {
            found += candidates(inInline: part)
        }
        return found
    }

    /// The first word of `text` when it contains `/` or ends in a known file extension.
    private static func bareCandidate(_ text: some StringProtocol) -> Candidate? {
        let body = text.trimmingCharacters(in: " \t✓✅*")
        let end = body.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? body.endIndex
        let token = body[..<end].trimmingCharacters(in: ",;:")
        guard !token.isEmpty, token.contains("/") || KnownFileNames.isFileName(token) else { return nil }
        return Candidate(token: token, trailing: String(body[end...]))
    }
}
