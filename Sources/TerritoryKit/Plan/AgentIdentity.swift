/// The rules that turn what a plan writes about an agent into its id and aliases.
enum AgentIdentity {
    /// Lower-case ASCII words joined by single hyphens, at least two words: `api-agent`.
    static func isKebabId(_ text: some StringProtocol) -> Bool {
        var words = 1
        var wordLength = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard wordLength > 0 else { return false }
                words += 1
                wordLength = 0
            } else if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                wordLength += 1
            } else {
                return false
            }
        }
        return words >= 2 && wordLength > 0
    }

    /// The first space-separated word of `text` that is a kebab id, without surrounding punctuation.
    static func firstKebabId(in text: some StringProtocol) -> String? {
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            // A kebab id is lower-case ASCII: skip words with no hyphen before trimming them.
            guard word.utf8.contains(UInt8(ascii: "-")) else { continue }
            let core = word.trimmingCharacters(in: "()[]{},.;:'\"")
            if isKebabId(core) { return core }
        }
        return nil
    }

    /// Lower-case, every run of non-alphanumeric (or non-ASCII) characters becomes one `-`.
    /// `Backend Specification Agent` → `backend-specification-agent`; may return "".
    static func slug(_ name: some StringProtocol) -> String {
        var slug = ""
        var pendingHyphen = false
        for character in name.lowercased() {
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
