/// A bold label at the start of a line with the value written after it.
///
/// Both colon styles occur in real plans, often mixed in one file: `**Territory**: value`,
/// `**Territory:** value`, and a parenthesised qualifier between label and colon,
/// `**Shared files** (append only):`, which is kept as part of the name because it often
/// decides the section's meaning.
struct BoldLabel: Sendable, Hashable {
    /// The label text without the stars and the colon (`Territory`, `Shared files (append only)`).
    var name: String
    /// Whatever follows the label on the same line, trimmed.
    var value: String

    /// Parses a label at the start of `text` (leading spaces allowed), or returns nil.
    static func parse(_ text: some StringProtocol) -> BoldLabel? {
        let line = Substring(text).trimmingLeadingSpaces
        guard line.utf8.starts(with: "**".utf8) else { return nil }
        let afterOpen = line.dropFirst(2)
        guard let close = closingStars(in: afterOpen) else { return nil }
        let inner = afterOpen[..<close].trimmingSpaces
        var rest = afterOpen[close...].dropFirst(2).trimmingLeadingSpaces
        guard !inner.isEmpty else { return nil }
        if inner.hasSuffix(":") || inner.hasSuffix("：") {
            let name = String(inner.dropLast()).trimmingSpaces
            return name.isEmpty ? nil : BoldLabel(name: name, value: rest.trimmingSpaces)
        }
        var name = inner
        if rest.hasPrefix("("), let closing = rest.firstIndex(of: ")") {
            name += " " + String(rest[...closing])
            rest = rest[rest.index(after: closing)...].trimmingLeadingSpaces
        }
        guard let colon = rest.first, colon == ":" || colon == "：" else { return nil }
        return BoldLabel(name: name, value: String(rest.dropFirst()).trimmingSpaces)
    }

    /// The index of the first `**` in `text`.
    private static func closingStars(in text: Substring) -> Substring.Index? {
        let bytes = text.utf8
        var index = bytes.startIndex
        while let star = bytes[index...].firstIndex(of: UInt8(ascii: "*")) {
            let next = bytes.index(after: star)
            if next < bytes.endIndex, bytes[next] == UInt8(ascii: "*") { return star }
            index = next
        }
        return nil
    }
}
