/// One line of a fenced block read as a path listing: a plain path (`✓ /src/App.tsx`), or a node
/// of an ASCII tree (`│   ├── api.js   [CREATE] ← Agent 2 (MODIFY)`).
///
/// The column where the name starts is what places a node under its folder; the tree glyphs
/// before it (`├── │ └──`) and markers (`✅ ✍️ 📁`) are decoration. What follows the name is kept
/// as its annotations; text after `←` names the owner when the tree is a territory map.
struct TreeLine: Sendable, Hashable {
    /// Columns before the name (a tab counts 4), glyphs and indentation alike.
    var column: Int
    /// The path as written on this line: `api.js`, `public/`, `/vite.config.ts`.
    var name: String
    /// Annotations after the name: `[CREATE]`, `(font loading section only)`.
    var trailing: String
    /// The text after `←` or `<-` without its notes: `Agent 4`, `LOCKED`.
    var owner: String?

    static let glyphs: Set<Character> = [
        " ", "\t", "\u{00A0}", "│", "├", "└", "─", "┬", "┼", "┃", "┣", "┗", "━", "|", "`", "+", "-", "*", ">", "»",
    ]

    /// Nil for blank lines, comment lines and label-only lines (`📋 Tasks:`).
    static func parse(_ text: some StringProtocol) -> TreeLine? {
        var column = 0
        var index = text.startIndex
        while index < text.endIndex, glyphs.contains(text[index]) {
            column += text[index] == "\t" ? 4 : 1
            index = text.index(after: index)
        }
        var rest = Substring(text[index...])
        rest = rest.drop { isMarker($0) || $0 == " " || $0 == "\t" }
        guard let first = rest.first, first != "#" else { return nil }
        if let comment = rest.ranges(of: " #").first { rest = rest[..<comment.lowerBound] }
        var owner: String?
        var ownerNotes = ""
        if let arrow = rest.firstRange(of: "←") ?? rest.firstRange(of: "<-") {
            let said = rest[arrow.upperBound...].trimmingSpaces
            let cut = said.firstIndex(where: { $0 == "(" || $0 == "[" }) ?? said.endIndex
            owner = said[..<cut].trimmingSpaces
            ownerNotes = String(said[cut...])
            rest = rest[..<arrow.lowerBound]
        }
        var words = rest.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
        // `Location: backend/app.py`, `المجلد: /src/`: a label before the path.
        while let word = words.first, word.hasSuffix(":") || word.hasSuffix("："), !word.contains("/") {
            words = words.dropFirst()
        }
        guard let token = words.first else { return nil }
        let trailing = rest[token.endIndex...].trimmingSpaces + (ownerNotes.isEmpty ? "" : " " + ownerNotes)
        return TreeLine(column: column, name: String(token), trailing: trailing, owner: owner)
    }

    /// Check marks, folder and pencil emoji and their variation selectors, written before a name.
    static func isMarker(_ character: Character) -> Bool {
        if character == "✓" || character == "✔" || character == "✗" { return true }
        guard let scalar = character.unicodeScalars.first else { return false }
        let properties = scalar.properties
        return properties.isEmojiPresentation || (properties.isEmoji && scalar.value >= 0x2000)
    }
}
