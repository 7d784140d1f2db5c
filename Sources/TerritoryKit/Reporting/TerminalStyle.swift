/// ANSI styling for text output, or none at all. Color is chosen by the command: only on a
/// terminal, never with `NO_COLOR` or `--no-color`.
public struct TerminalStyle: Sendable {
    public let enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    public static let plain = TerminalStyle(enabled: false)

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .error: wrap(text, "1;31")
        case .warning: wrap(text, "1;33")
        case .note: wrap(text, "36")
        }
    }

    func success(_ text: String) -> String { wrap(text, "32") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Text from a plan or a branch made safe for a terminal and a log: control characters are
    /// shown as escapes, so a path cannot start a fake report line, move the cursor or recolor
    /// the output (the other formats escape in their own syntax).
    ///
    /// The form is Swift's: `\n`, `\r` and `\t`, and `\u{1B}` (hexadecimal) for every other C0
    /// control, DEL, the C1 controls (U+0080–U+009F), the line and paragraph separators
    /// (U+2028, U+2029) and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
    /// U+2066–U+2069), which can reorder what a reader sees. Everything else, backslashes
    /// included, is shown as it is.
    public static func escaped(_ text: some StringProtocol) -> String {
        // Printable ASCII, the usual case, is decided byte by byte.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return String(text) }
        guard text.unicodeScalars.contains(where: needsEscape) else { return String(text) }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where needsEscape(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
