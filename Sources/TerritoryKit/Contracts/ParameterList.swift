/// The text between a `(` and its matching `)`, possibly over several lines, split at top-level
/// commas. Shared by every language's extractor.
struct ParameterList {
    var items: [String]
    /// The signature text from the declaration's start through the closing parenthesis.
    var signature: String

    /// Scans from `lines[index]` at the first `(` at or after `offset` (in characters).
    init?(lines: [String], index: Int, from offset: Int) {
        var depth = 0
        var current = ""
        var items: [String] = []
        var signature = ""
        var started = false
        for lineIndex in index..<min(lines.count, index + 40) {
            let line = lineIndex == index ? String(lines[lineIndex].dropFirst(offset)) : lines[lineIndex]
            var previous: Character = " "
            for character in line {
                signature.append(character)
                defer { previous = character }
                guard started else {
                    if character == "(" { started = true; depth = 1 }
                    continue
                }
                let arrow = character == ">" && (previous == "=" || previous == "-")
                if "([{<".contains(character) {
                    depth += 1
                } else if ")]}>".contains(character) && !arrow {
                    depth -= 1
                    if depth == 0 {
                        items.append(current)
                        self.items = items.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
                        self.signature = signature
                        return
                    }
                } else if character == "," && depth == 1 {
                    items.append(current)
                    current = ""
                    continue
                }
                current.append(character)
            }
            if started { current.append(" ") }
            signature.append(" ")
        }
        return nil
    }

    /// Whitespace removed, for `match=exact`.
    static func normalize(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace })
    }
}
