/// One word of a shell command after quote removal, with what the shell would still do to it.
struct ShellWord: Equatable {
    var text = ""
    /// `$NAME`, `${…}`, `$(…)` or a backquote: the shell puts in something the text does not show.
    var isDynamic = false
    /// An unquoted `*`, `?` or `[`: the shell expands the word against the file system.
    var hasGlob = false
    /// An unquoted `{`: the shell may expand `{a,b}` into several words.
    var hasBraces = false
    /// An unquoted `~` at the start.
    var hasTilde = false
    /// Some part of it was quoted (so `2` in `"2">x` is no file-descriptor number).
    var wasQuoted = false
    /// The word as typed, quotes and `$` included, for messages.
    var raw = ""
}

/// A token of a shell command: a word, an operator that separates commands, or a redirection.
enum ShellToken: Equatable {
    case word(ShellWord)
    /// `;`, `&&`, `||`, `|`, `|&`, `&`, a newline, `(` or `)`.
    case separator(String)
    /// `>`, `>>`, `>|`, `&>`, `&>>`, `<>`, `>&`, `<`, `<<`, `<<-`, `<<<` or `<&`, with its
    /// file-descriptor number. After `<<`, the next word holds the here-document's body.
    case redirection(String, descriptor: Int?)
}

/// Splits a shell command into tokens as a POSIX shell (bash) would before expansion: quotes,
/// backslashes, comments, operators, here-documents. The texts of command substitutions (`$(…)`,
/// backquotes, `<(…)`, `>(…)`) are collected so that the commands inside can be judged too.
///
/// It never runs anything and never guesses at values: a word the shell would change at run time
/// is marked, so that a judge can refuse what it cannot see.
/// The reading state is internal rather than private so that `ShellTokenizer+Nested.swift` can
/// read the nested parts; nothing outside the tokenizer touches it.
struct ShellTokenizer {
    let characters: [Character]
    var index = 0
    var tokens: [ShellToken] = []
    /// Command texts inside `$(…)`, backquotes and process substitutions.
    var substitutions: [String] = []
    var word: ShellWord?
    var wordStart = 0
    var delimiterPending: Bool?
    var hereDocuments: [(token: Int, delimiter: String, stripsTabs: Bool)] = []

    init(_ text: String) {
        characters = Array(text)
        run()
    }

    var current: Character? { index < characters.count ? characters[index] : nil }

    func peek(_ offset: Int = 1) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    private mutating func run() {
        while let character = current {
            if word == nil { wordStart = index }
            switch character {
            case " ", "\t":
                finishWord()
                index += 1
            case "\n":
                finishWord()
                tokens.append(.separator("\n"))
                index += 1
                readHereDocuments()
            case "#" where word == nil:
                while let next = current, next != "\n" { index += 1 }
            case ";", "&", "|", "(", ")":
                if character == "&", peek() == ">" {
                    finishWord()
                    readRedirection(descriptor: nil)
                } else {
                    finishWord()
                    readOperator(character)
                }
            case "<", ">":
                if peek() == "(" {
                    index += 1
                    substitutions.append(readBalanced(open: "(", close: ")"))
                    appendDynamic()
                } else {
                    var descriptor: Int?
                    if let digits = word, !digits.wasQuoted, !digits.text.isEmpty, digits.text.allSatisfy(\.isNumber) {
                        descriptor = Int(digits.text)
                        word = nil
                    }
                    finishWord()
                    readRedirection(descriptor: descriptor)
                }
            case "'":
                index += 1
                var literal = ""
                while let next = current, next != "'" { literal.append(next); index += 1 }
                index += 1
                append(literal, quoted: true)
            case "\"":
                index += 1
                readDoubleQuoted()
            case "\\":
                if peek() == "\n" {
                    index += 2
                } else {
                    index += 1
                    if let next = current { append(String(next), quoted: true); index += 1 }
                }
            case "$":
                readDollar()
            case "`":
                index += 1
                substitutions.append(readUntil("`"))
                appendDynamic()
            default:
                var started = word ?? ShellWord()
                switch character {
                case "*", "?", "[": started.hasGlob = true
                case "{": started.hasBraces = true
                case "~" where started.text.isEmpty && !started.wasQuoted: started.hasTilde = true
                default: break
                }
                started.text.append(character)
                word = started
                index += 1
            }
        }
        finishWord()
        readHereDocuments()
    }

    private mutating func append(_ text: String, quoted: Bool) {
        var started = word ?? ShellWord()
        started.text += text
        started.wasQuoted = started.wasQuoted || quoted
        word = started
    }

    private mutating func appendDynamic() {
        var started = word ?? ShellWord()
        started.isDynamic = true
        word = started
    }

    private mutating func finishWord() {
        guard var finished = word else { return }
        finished.raw = String(characters[wordStart..<min(index, characters.count)])
        tokens.append(.word(finished))
        word = nil
        if let stripsTabs = delimiterPending {
            hereDocuments.append((tokens.count - 1, finished.text, stripsTabs))
            delimiterPending = nil
        }
    }

    private mutating func readOperator(_ first: Character) {
        index += 1
        var text = String(first)
        if let next = current, (first == "&" && next == "&") || (first == "|" && (next == "|" || next == "&")) || (first == ";" && next == ";") {
            text.append(next)
            index += 1
        }
        tokens.append(.separator(text))
    }

    private mutating func readRedirection(descriptor: Int?) {
        let operators = ["&>>", "&>", "<<<", "<<-", "<<", "<>", "<&", "<", ">>", ">|", ">&", ">"]
        let rest = String(characters[index..<min(index + 3, characters.count)])
        let found = operators.first { rest.hasPrefix($0) } ?? String(characters[index])
        index += found.count
        tokens.append(.redirection(found, descriptor: descriptor))
        if found == "<<" || found == "<<-" { delimiterPending = found == "<<-" }
    }

    /// Inside double quotes: `\` escapes `$`, backquote, `"`, `\` and a newline; `$` and backquotes
    /// still substitute.
    private mutating func readDoubleQuoted() {
        append("", quoted: true)
        while let character = current, character != "\"" {
            switch character {
            case "\\":
                if let next = peek(), "$`\"\\\n".contains(next) {
                    if next != "\n" { append(String(next), quoted: true) }
                    index += 2
                } else {
                    append("\\", quoted: true)
                    index += 1
                }
            case "$":
                readDollar()
            case "`":
                index += 1
                substitutions.append(readUntil("`"))
                appendDynamic()
            default:
                append(String(character), quoted: true)
                index += 1
            }
        }
        index += 1
    }

    /// `$NAME`, `${…}`, `$(…)`, `$((…))`, `$'…'` or a lone `$`.
    private mutating func readDollar() {
        switch peek() {
        case "(":
            if peek(2) == "(" {
                index += 1
                _ = readBalanced(open: "(", close: ")")
            } else {
                index += 1
                substitutions.append(readBalanced(open: "(", close: ")"))
            }
            appendDynamic()
        case "{":
            index += 1
            _ = readBalanced(open: "{", close: "}")
            appendDynamic()
        case "'":
            index += 2
            var literal = ""
            while let next = current, next != "'" {
                if next == "\\", let escaped = peek() {
                    literal.append(["n": "\n", "t": "\t"][escaped] ?? escaped)
                    index += 2
                } else {
                    literal.append(next)
                    index += 1
                }
            }
            index += 1
            append(literal, quoted: true)
        case let next? where next.isLetter || next.isNumber || "_@*#?$!-".contains(next):
            index += 1
            if next.isLetter || next == "_" {
                while let more = current, more.isLetter || more.isNumber || more == "_" { index += 1 }
            } else {
                index += 1
            }
            appendDynamic()
        default:
            append("$", quoted: false)
            index += 1
        }
    }

}
