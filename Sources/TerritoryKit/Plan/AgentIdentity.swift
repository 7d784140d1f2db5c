import Foundation

/// The rules that turn what a plan writes about an agent into its id and aliases.
enum AgentIdentity {
    /// Lower-case ASCII words joined by single hyphens, at least two words: `api-agent`.
    static func isKebabId(_ text: some StringProtocol) -> Bool {
        let words = text.split(separator: "-", omittingEmptySubsequences: false)
        guard words.count >= 2 else { return false }
        return words.allSatisfy { word in
            !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }
    }

    /// The first space-separated word of `text` that is a kebab id, without surrounding punctuation.
    static func firstKebabId(in text: some StringProtocol) -> String? {
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let core = word.trimmingCharacters(in: "()[]{},.;:'\"")
            if isKebabId(core) { return core }
        }
        return nil
    }

    /// Lower-case, accents folded (`Café` → `cafe`), every run of other characters — spaces,
    /// punctuation, letters of scripts without a Latin spelling — becomes one `-`.
    /// `Backend Specification Agent` → `backend-specification-agent`; may return "".
    ///
    /// One rule for ids and for the keys branch names are compared with: ids must be usable in
    /// branch names and in agent tools that take lower-case ASCII names.
    static func slug(_ name: some StringProtocol) -> String {
        var slug = ""
        var pendingHyphen = false
        for character in String(name).folding(options: .diacriticInsensitive, locale: nil).lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(character)
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }

    /// Other spellings that name the agent: its code (`1`, `agent-1`), its display name and its
    /// id without the `-agent` suffix. Never contains `id` itself, never repeats.
    static func aliases(id: String, code: String?, name: String, headingId: String?) -> [String] {
        var candidates: [String] = []
        if let code {
            candidates.append(code)
            candidates.append("agent-" + code.lowercased())
        }
        candidates.append(name)
        if let headingId { candidates.append(headingId) }
        if id.hasSuffix("-agent"), id.count > 6 { candidates.append(String(id.dropLast(6))) }
        var seen: Set<String> = [id.lowercased()]
        return candidates.filter { alias in
            !alias.isEmpty && seen.insert(alias.lowercased()).inserted
        }
    }
}
