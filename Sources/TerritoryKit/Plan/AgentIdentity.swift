import Foundation

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
        // Byte by byte: a kebab id is ASCII, and so are the spaces and the punctuation around it.
        let bytes = Array(text.utf8)
        func punctuation(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                 UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                true
            default: false
            }
        }
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: " "), bytes[end] != UInt8(ascii: "\t") { end += 1 }
            var low = start, high = end
            while low < high, punctuation(bytes[low]) { low += 1 }
            while high > low, punctuation(bytes[high - 1]) { high -= 1 }
            let core = bytes[low..<high]
            if core.contains(UInt8(ascii: "-")), isKebabId(String(decoding: core, as: UTF8.self)) {
                return String(decoding: core, as: UTF8.self)
            }
            start = end + 1
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
