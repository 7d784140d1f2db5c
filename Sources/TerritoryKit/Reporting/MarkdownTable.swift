/// A GitHub-flavoured markdown table, shared by the PR-comment summary and the step summary.
///
/// Cells come from paths, agent ids and messages written by other people's branches, so every
/// cell is escaped: a `|` would end the cell early and a newline would end the table, shifting
/// every later column and silently misreporting whose file is whose.
struct MarkdownTable: Sendable {
    enum Alignment: Sendable { case left, right }

    var columns: [(title: String, alignment: Alignment)]
    var rows: [[String]] = []

    init(_ columns: [(title: String, alignment: Alignment)]) { self.columns = columns }

    /// Adds a row of already-formatted cells (use `text` or `code` to build them).
    mutating func append(_ cells: [String]) { rows.append(cells) }

    var rendered: String {
        var lines = ["| " + columns.map { Self.text($0.title) }.joined(separator: " | ") + " |"]
        lines.append("|" + columns.map { $0.alignment == .right ? "---:|" : "---|" }.joined())
        for row in rows {
            let padded = row + Array(repeating: "", count: max(0, columns.count - row.count))
            lines.append("| " + padded.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A plain cell: pipes escaped, line breaks flattened, and outside code spans `<`/`&`
    /// neutralised so a path cannot smuggle HTML into a PR comment. Backtick spans the text
    /// already has (hints quote commands that way) are kept, since HTML is inert inside them.
    static func text(_ value: String) -> String {
        var out = ""
        // An unpaired backtick opens no span, so then everything is escaped as plain text.
        let pairedSpans = value.count { $0 == "`" }.isMultiple(of: 2)
        var inCode = false
        for character in value {
            switch character {
            case "`":
                if pairedSpans { inCode.toggle() }
                out.append(character)
            case "|": out += "\\|"
            case "\n", "\r", "\r\n": out += " "
            case "\\" where !inCode: out += "\\\\"
            case "<" where !inCode: out += "&lt;"
            case "&" where !inCode: out += "&amp;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A code span. Inside a table GitHub still splits on `|`, so pipes are escaped here too;
    /// a value that itself holds backticks gets a longer fence, as CommonMark allows.
    static func code(_ value: String) -> String {
        guard !value.isEmpty else { return "" }
        var body = ""
        for character in value {
            switch character {
            case "|": body += "\\|"
            case "\n", "\r", "\r\n": body += " "
            default: body.append(character)
            }
        }
        let fence = value.contains("`") ? "``" : "`"
        let pad = value.contains("`") ? " " : ""
        return fence + pad + body + pad + fence
    }
}
