/// TypeScript/JavaScript, Swift and Go: languages whose containers are brace-delimited. One pass
/// keeps the brace depth (outside strings and `//` comments) and a stack of open containers;
/// each line is offered to the language's line matcher.
enum BraceDeclarations {
    enum Style { case typescript, swift, go }

    /// What a line declares, before the scanner attaches container and line.
    struct Match {
        var kind: Declaration.Kind
        var name: String
        /// Where the parameter list starts in the line (characters), for functions.
        var parameterOffset: Int?
        /// The declaration opens a container (class, struct, interface…).
        var opensContainer = false
        /// A Go method's receiver type.
        var receiver: String?
    }

    static func extract(_ lines: [String], style: Style) -> [Declaration] {
        var result: [Declaration] = []
        var containers: [(name: String, depth: Int)] = []
        var depth = 0
        for (index, line) in lines.enumerated() {
            while let last = containers.last, depth <= last.depth { containers.removeLast() }
            let body = line.trimmingLeadingSpaces
            let indent = line.count - body.count
            let inContainer = containers.last.map { depth == $0.depth + 1 } ?? false
            if !body.hasPrefix("//"), !body.hasPrefix("*"), !body.hasPrefix("/*"),
               let match = matcher(style)(body, inContainer) {
                var parameters: [String]?
                var normalized = ParameterList.normalize(String(body.prefix { $0 != "{" }))
                if let offset = match.parameterOffset,
                   let list = ParameterList(lines: lines, index: index, from: indent + offset) {
                    parameters = list.items.enumerated().map { position, item in
                        parameterName(item, style: style, items: list.items, position: position)
                    }
                    normalized = ParameterList.normalize(String(body.prefix(offset)) + list.signature)
                }
                let container = match.receiver ?? containers.last?.name
                result.append(Declaration(
                    kind: match.kind, container: container, name: match.name,
                    parameters: match.kind == .function ? parameters ?? [] : nil, normalized: normalized, line: index + 1))
                if match.opensContainer { containers.append((match.name, depth)) }
            }
            depth += braceBalance(line)
        }
        return result
    }

    static func matcher(_ style: Style) -> (Substring, Bool) -> Match? {
        switch style {
        case .typescript: TypeScriptLine.match
        case .swift: SwiftLine.match
        case .go: GoLine.match
        }
    }

    /// `{` minus `}` outside string literals and line comments.
    static func braceBalance(_ line: String) -> Int {
        var balance = 0
        var quote: Character?
        var previous: Character = " "
        for character in line {
            defer { previous = character }
            if let open = quote {
                if character == open && previous != "\\" { quote = nil }
                continue
            }
            switch character {
            case "\"", "'", "`": quote = character
            case "/" where previous == "/": return balance
            case "{": balance += 1
            case "}": balance -= 1
            default: break
            }
        }
        return balance
    }

    /// The name a parameter is called by: TypeScript's binding name, Swift's external label,
    /// Go's name (or `_` for an unnamed parameter).
    static func parameterName(_ item: String, style: Style, items: [String], position: Int) -> String {
        switch style {
        case .typescript:
            let bare = Identifier.dropping(["public", "private", "protected", "readonly"], from: item)
            let head = bare.prefix { $0 != ":" && $0 != "=" && $0 != "?" }.trimmingSpaces
            let name = head.hasPrefix("...") ? String(head.dropFirst(3)) : head
            return name.hasPrefix("{") || name.hasPrefix("[") ? ParameterList.normalize(name) : name
        case .swift:
            let head = item.prefix { $0 != ":" }.trimmingSpaces
            return head.split(separator: " ").first.map(String.init) ?? head
        case .go:
            let words = item.split(separator: " ")
            if words.count >= 2 { return String(words[0]) }
            let grouped = items[position...].contains { $0.split(separator: " ").count >= 2 }
            return grouped ? item.trimmingSpaces : "_"
        }
    }
}
