/// Removes the decoration models put into headings so the words can be matched:
/// `## 🤖 **Agent 1: \`api-agent\`**` → `Agent 1: api-agent`, `### 1. specification-agent` →
/// `specification-agent`.
enum HeadingText {
    static func plain(_ text: some StringProtocol) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isDecoration(scalar) {
            kept.append(scalar)
        }
        let collapsed = String(kept).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        return dropListNumber(collapsed)
    }

    private static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2A, 0x60: return true  // `*` and the backtick
        case 0xFE0E, 0xFE0F, 0x200D, 0x20E3: return true  // variation selectors, joiner, keycap
        case 0x1F3FB...0x1F3FF: return true  // skin tones
        default:
            let properties = scalar.properties
            return properties.isEmojiPresentation || (properties.isEmoji && scalar.value >= 0x2000)
        }
    }

    /// `1. name`, `2) name` → `name`.
    private static func dropListNumber(_ text: String) -> String {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count) else { return text }
        let rest = text.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return text }
        let after = rest.dropFirst()
        guard after.first == " " else { return text }
        return after.trimmingSpaces
    }
}
