/// Removes the decoration models put into headings so the words can be matched:
/// `## 🤖 **Agent 1: \`api-agent\`**` → `Agent 1: api-agent`, `### 1. specification-agent` →
/// `specification-agent`.
enum HeadingText {
    static func plain(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return dropListNumber(plainASCII(text.utf8)) }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isDecoration(scalar) {
            kept.append(scalar)
        }
        let collapsed = String(kept).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        return dropListNumber(collapsed)
    }

    /// The same for ASCII text, byte by byte: the only ASCII decorations are `*` and the backtick.
    private static func plainASCII(_ bytes: some Collection<UInt8>) -> String {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes where byte != UInt8(ascii: "*") && byte != UInt8(ascii: "`") {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                pendingSpace = !kept.isEmpty
            } else {
                if pendingSpace { kept.append(UInt8(ascii: " ")) }
                pendingSpace = false
                kept.append(byte)
            }
        }
        return String(decoding: kept, as: UTF8.self)
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
