/// The nested parts of a command line the tokenizer reads as one word or skips whole: balanced
/// `$(…)`, `${…}` and backquotes, and here-documents (`<<EOF … EOF`), whose bodies are text, not
/// commands.
extension ShellTokenizer {
    /// The text up to the `close` that balances the `open` at the current position (which is
    /// consumed), skipping quoted parts; the position ends after it.
    mutating func readBalanced(open: Character, close: Character) -> String {
        index += 1
        var depth = 1
        var text = ""
        var bodies: [(delimiter: String, stripsTabs: Bool)] = []
        while let character = current {
            // A here-document's body is data: copied as it is, so that an apostrophe or a
            // parenthesis in it (a commit message) cannot unbalance the rest.
            if character == "<", peek() == "<", peek(2) != "<" {
                bodies.append(readDelimiter(into: &text))
                continue
            }
            if character == "\n", !bodies.isEmpty {
                text.append(character)
                index += 1
                for body in bodies { copyBody(until: body.delimiter, stripsTabs: body.stripsTabs, into: &text) }
                bodies.removeAll()
                continue
            }
            if character == "'" || character == "\"" {
                let quote = character
                text.append(character)
                index += 1
                while let next = current, next != quote {
                    if next == "\\", quote == "\"", let escaped = peek() { text.append(next); text.append(escaped); index += 2; continue }
                    text.append(next)
                    index += 1
                }
                if current != nil { text.append(quote); index += 1 }
                continue
            }
            if character == "\\", let escaped = peek() {
                text.append(character)
                text.append(escaped)
                index += 2
                continue
            }
            if character == open { depth += 1 }
            if character == close {
                depth -= 1
                if depth == 0 { index += 1; return text }
            }
            text.append(character)
            index += 1
        }
        return text
    }

    /// After `<<` inside a substitution: the operator and delimiter copied, the delimiter
    /// returned without its quotes.
    mutating func readDelimiter(into text: inout String) -> (delimiter: String, stripsTabs: Bool) {
        text += "<<"
        index += 2
        let stripsTabs = current == "-"
        if stripsTabs { text.append("-"); index += 1 }
        while let blank = current, blank == " " || blank == "\t" { text.append(blank); index += 1 }
        var delimiter = ""
        while let character = current, !" \t\n;&|<>()".contains(character) {
            if character != "'", character != "\"", character != "\\" { delimiter.append(character) }
            text.append(character)
            index += 1
        }
        return (delimiter, stripsTabs)
    }

    mutating func copyBody(until delimiter: String, stripsTabs: Bool, into text: inout String) {
        while index < characters.count {
            var line = ""
            while let character = current, character != "\n" { line.append(character); index += 1 }
            text += line
            if current == "\n" { text.append("\n"); index += 1 }
            if (stripsTabs ? String(line.drop { $0 == "\t" }) : line) == delimiter { return }
        }
    }

    mutating func readUntil(_ end: Character) -> String {
        var text = ""
        while let character = current, character != end {
            if character == "\\", let escaped = peek() { text.append(escaped); index += 2; continue }
            text.append(character)
            index += 1
        }
        index += 1
        return text
    }

    /// After a newline: the bodies of the here-documents opened on the line, each up to its
    /// delimiter line, become the words that followed `<<`.
    mutating func readHereDocuments() {
        for document in hereDocuments {
            var lines: [String] = []
            while index < characters.count {
                var line = ""
                while let character = current, character != "\n" { line.append(character); index += 1 }
                if current == "\n" { index += 1 }
                let compared = document.stripsTabs ? String(line.drop { $0 == "\t" }) : line
                if compared == document.delimiter { break }
                lines.append(line)
            }
            tokens[document.token] = .word(ShellWord(text: lines.joined(separator: "\n"), wasQuoted: true))
        }
        hereDocuments.removeAll()
    }
}
