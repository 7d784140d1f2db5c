/// Splits plan text into lines and classifies each by its markdown shape.
///
/// Deliberately line-based and forgiving: it never fails, it keeps fenced blocks apart so code
/// never looks like a heading or a list, and it knows nothing about agents or territories.
struct MarkdownLineScanner: Sendable {
    private struct Fence {
        var marker: Character
        var length: Int
    }

    func scan(_ text: String) -> [MarkdownLine] {
        var lines: [MarkdownLine] = []
        var fence: Fence?
        var number = 0
        for raw in Self.lines(text) {
            number += 1
            let kind: MarkdownLine.Kind
            if let open = fence {
                if let run = Self.fenceRun(raw), run.marker == open.marker, run.length >= open.length,
                   run.rest.allSatisfy({ $0 == " " || $0 == "\t" }) {
                    fence = nil
                    kind = .fenceClose
                } else {
                    kind = .fenced(text: String(raw))
                }
            } else if let run = Self.fenceRun(raw) {
                fence = Fence(marker: run.marker, length: run.length)
                kind = .fenceOpen(info: run.rest.trimmingSpaces)
            } else {
                kind = Self.classify(raw)
            }
            var line = MarkdownLine(number: number, kind: kind)
            if case .bullet = kind, let first = raw.first(where: { $0 != " " && $0 != "\t" }), first.isNumber {
                line.ordered = true
            }
            lines.append(line)
        }
        return lines
    }

    /// The lines of `text`, split at `\n` and `\r\n` (a lone `\r` stays in its line), found as
    /// bytes: splitting by `Character` walked grapheme clusters and was the scanner's main cost.
    static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        while let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) {
            var end = newline
            if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
            lines.append(text[start..<end])
            start = utf8.index(after: newline)
        }
        lines.append(text[start...])
        return lines
    }

    /// A run of three or more backticks or tildes that opens or closes a fence.
    private static func fenceRun(_ raw: Substring) -> (marker: Character, length: Int, rest: Substring)? {
        guard raw.utf8.contains(where: { $0 == UInt8(ascii: "`") || $0 == UInt8(ascii: "~") }) else { return nil }
        let line = raw.trimmingLeadingSpaces
        guard let marker = line.first, marker == "`" || marker == "~" else { return nil }
        let run = line.prefix { $0 == marker }
        guard run.count >= 3 else { return nil }
        return (marker, run.count, line.dropFirst(run.count))
    }

    static func classify(_ raw: Substring) -> MarkdownLine.Kind {
        let body = raw.trimmingLeadingSpaces
        // Each shape starts with its own mark: try only the shapes the first byte allows.
        guard let first = body.utf8.first else { return .blank }
        switch first {
        case UInt8(ascii: "#"):
            if let heading = heading(raw) { return heading }
        case UInt8(ascii: "|"):
            return .tableRow(cells: tableCells(body))
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "+"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if isThematicBreak(body) { return .blank }
            if let bullet = bullet(raw) { return bullet }
            if first == UInt8(ascii: "*"), let label = BoldLabel.parse(body) { return .label(label) }
        default:
            break
        }
        return .text(body.trimmingSpaces)
    }

    private static func heading(_ raw: Substring) -> MarkdownLine.Kind? {
        let indent = raw.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let body = raw.dropFirst(indent)
        let hashes = body.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = body.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingSpaces
        // A closing sequence of `#`s is decoration when a space separates it from the text.
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing < text.count {
            let kept = text.dropLast(closing)
            if kept.last == " " || kept.last == "\t" { text = kept.trimmingSpaces }
        } else if closing == text.count {
            text = ""
        }
        return .heading(level: hashes, text: text)
    }

    private static func isThematicBreak(_ body: Substring) -> Bool {
        guard let mark = body.utf8.first, mark == UInt8(ascii: "-") || mark == UInt8(ascii: "*") || mark == UInt8(ascii: "_") else {
            return false
        }
        var marks = 0
        for byte in body.utf8 where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") {
            guard byte == mark else { return false }
            marks += 1
        }
        return marks >= 3
    }

    private static func bullet(_ raw: Substring) -> MarkdownLine.Kind? {
        var indent = 0
        for character in raw {
            if character == " " { indent += 1 } else if character == "\t" { indent += 4 } else { break }
        }
        let body = raw.trimmingLeadingSpaces
        var rest: Substring
        if let first = body.first, first == "-" || first == "*" || first == "+" {
            rest = body.dropFirst()
        } else {
            let digits = body.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count) else { return nil }
            let afterDigits = body.dropFirst(digits.count)
            guard let dot = afterDigits.first, dot == "." || dot == ")" else { return nil }
            rest = afterDigits.dropFirst()
        }
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        rest = rest.trimmingLeadingSpaces
        if rest.first == "[" {
            for box in ["[ ]", "[x]", "[X]"] where rest.hasPrefix(box) {
                rest = rest.dropFirst(box.count).trimmingLeadingSpaces
            }
        }
        return .bullet(indent: indent, text: rest.trimmingSpaces)
    }

    private static func tableCells(_ body: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in body {
            if character == "|" && !escaped {
                cells.append(current.trimmingSpaces)
                current = ""
            } else {
                current.append(character)
            }
            escaped = character == "\\" && !escaped
        }
        cells.append(current.trimmingSpaces)
        // The leading `|` makes an empty first cell; a trailing `|` makes an empty last one.
        if !cells.isEmpty { cells.removeFirst() }
        if cells.count > 1, cells.last?.isEmpty == true { cells.removeLast() }
        return cells
    }
}
