/// TypeScript/JavaScript declarations on one line: functions, classes, interfaces, types, enums,
/// arrow-function constants, class methods and object-literal function members.
enum TypeScriptLine {
    static let modifiers = ["export", "default", "declare", "abstract", "async", "public", "private",
                            "protected", "static", "readonly", "override", "get", "set"]
    static let keywords: Set<String> = ["if", "for", "while", "switch", "return", "catch", "function", "new",
                                        "await", "typeof", "super", "this", "else", "do", "try", "throw"]

    static func match(_ body: Substring, inContainer: Bool) -> BraceDeclarations.Match? {
        let rest = Identifier.dropping(modifiers, from: body)
        let lead = body.count - rest.count
        for keyword in ["class", "interface", "type", "enum"] where rest.hasPrefix(keyword + " ") {
            let name = Identifier.leading(rest.dropFirst(keyword.count + 1).drop { $0 == " " })
            guard !name.isEmpty else { return nil }
            return .init(kind: .type, name: name, opensContainer: keyword == "class" || keyword == "interface")
        }
        if rest.hasPrefix("function") {
            let afterKeyword = rest.dropFirst(8).drop { $0 == "*" || $0 == " " }
            let name = Identifier.leading(afterKeyword)
            guard !name.isEmpty else { return nil }
            return .init(kind: .function, name: name, parameterOffset: lead + (rest.count - afterKeyword.count))
        }
        for binding in ["const", "let", "var"] where rest.hasPrefix(binding + " ") {
            let afterBinding = rest.dropFirst(binding.count + 1).drop { $0 == " " }
            let name = Identifier.leading(afterBinding)
            var value = afterBinding.dropFirst(name.count).drop { $0 != "=" }.dropFirst().drop { $0 == " " }
            if value.hasPrefix("async") { value = value.dropFirst(5).drop { $0 == " " } }
            if value.hasPrefix("function") { value = value.dropFirst(8).drop { $0 != "(" } }
            guard !name.isEmpty, value.hasPrefix("(") || value.hasPrefix("<") else { return nil }
            return .init(kind: .function, name: name, parameterOffset: body.count - value.count)
        }
        let name = Identifier.leading(rest)
        guard !name.isEmpty, !keywords.contains(name) else { return nil }
        let after = rest.dropFirst(name.count)
        if inContainer, after.hasPrefix("(") || after.hasPrefix("<") || after.hasPrefix("?(") {
            return .init(kind: .function, name: name, parameterOffset: lead + name.count)
        }
        // Object-literal member: `name: async function (` or `name: (a) =>`.
        guard after.hasPrefix(":") else { return nil }
        var value = after.dropFirst().drop { $0 == " " }
        if value.hasPrefix("async") { value = value.dropFirst(5).drop { $0 == " " } }
        if value.hasPrefix("function") { value = value.dropFirst(8).drop { $0 != "(" } }
        guard value.hasPrefix("("), value.contains("=>") || after.contains("function") else { return nil }
        return .init(kind: .function, name: name, parameterOffset: body.count - value.count)
    }
}
