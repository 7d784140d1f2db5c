/// Finds the path candidates in one list item or inline label value, each with the text that
/// follows it (its annotations). Whether a candidate is really a path is `PathNormalizer`'s call.
enum ItemExtractor {
    struct Candidate: Sendable, Hashable {
        var token: String
        /// The text after the token up to the next candidate: `(NEW) - entry point`.
        var trailing: String
        /// False for a span in the middle of prose (`Add a catch-all `*` route`): it may be
        /// something other than an entry, so a malformed one is a warning, not an error.
        var standalone = true
    }

    /// Candidates in a bullet: every backticked span, plus a leading un-backticked token that is
    /// path-shaped (`src/app.py (new)`, `LICENSE`).
    static func candidates(inItem text: some StringProtocol) -> [Candidate] {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        var found: [Candidate] = []
        // `! `src/gen/`` marks the span that follows as an exclusion.
        let lead = parts.first ?? ""
        let excludesSpan = parts.count > 2 && !lead.isEmpty && lead.trimmingCharacters(in: " \t✓✅") == "!"
        if !excludesSpan, !lead.isEmpty, let bare = bareCandidate(lead) {
            found.append(bare)
        }
        // Odd parts are inside backticks; an unterminated final span is not a span.
        var index = 1
        while index < parts.count - 1 {
            let trailing = index + 1 < parts.count ? String(parts[index + 1]) : ""
            let token = parts[index].trimmingSpaces
            if !token.isEmpty {
                found.append(Candidate(
                    token: excludesSpan && index == 1 ? "!" + token : token, trailing: trailing,
                    standalone: isSeparator(parts[index - 1])))
            }
            index += 2
        }
        return found
    }

    /// True for what stands between entries in a list (`, `, ` and `, `! `, a check mark, the
    /// previous entry's `(new)`), as opposed to words of prose.
    static func isSeparator(_ text: some StringProtocol) -> Bool {
        if text.isEmpty { return true }
        var depth = 0
        var outside = ""
        for character in text {
            if character == "(" || character == "[" { depth += 1 } else if character == ")" || character == "]" {
                depth = max(depth - 1, 0)
            } else if depth == 0 {
                outside.append(character)
            }
        }
        let words = outside.split { " \t,;:/|&+✓✔✅*_-–—!".contains($0) || TreeLine.isMarker($0) }
        return words.allSatisfy { ["and", "or"].contains($0.lowercased()) }
    }

    /// Candidates in an inline value after a label: backticked spans if there are any, else each
    /// comma-separated part that starts with a path-shaped token.
    static func candidates(inInline text: some StringProtocol) -> [Candidate] {
        if text.contains("`") { return candidates(inItem: text) }
        return text.split(separator: ",").compactMap { bareCandidate($0) }
    }

    /// Candidates in a prose list (`Don't modify: `a/`, `b/`, core.py`): backticked spans and
    /// the comma-separated parts without backticks that start with a path-shaped token.
    static func candidates(inProse text: some StringProtocol) -> [Candidate] {
        guard text.contains("`") else { return candidates(inInline: text) }
        return text.split(separator: ",").flatMap { part in
            part.contains("`") ? candidates(inItem: part) : bareCandidate(part).map { [$0] } ?? []
        }
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

    /// The first word of `text` when it contains `/` or ends in a known file extension; an
    /// exclusion (`!src/gen/`, `! src/gen/`, `!` alone) and a pattern of only stars and slashes
    /// (`**`, `**/*`) are candidates too, so that the normalizer can refuse them by name.
    private static func bareCandidate(_ text: some StringProtocol) -> Candidate? {
        let words = text.trimmingCharacters(in: " \t✓✅").split(whereSeparator: { $0 == " " || $0 == "\t" })
        if let first = words.first, first.allSatisfy({ $0 == "*" || $0 == "/" }), first.containsText("**") || first == "*" {
            return Candidate(token: String(first), trailing: words.dropFirst().joined(separator: " "))
        }
        if let first = words.first, first == "!" {
            let next = words.dropFirst().first.map(String.init) ?? ""
            if next.isEmpty || next.contains("/") || KnownFileNames.isFileName(next) {
                return Candidate(token: "!" + next, trailing: words.dropFirst(2).joined(separator: " "))
            }
        }
        let body = text.trimmingCharacters(in: " \t✓✅*")
        let end = body.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? body.endIndex
        let token = body[..<end].trimmingCharacters(in: ",;:")
        guard !token.isEmpty, token.contains("/") || KnownFileNames.isFileName(token) else { return nil }
        return Candidate(token: token, trailing: String(body[end...]))
    }
}
