/// Swift declarations on one line: `func`, `init`, `subscript`, nominal types, extensions and
/// typealiases. Attributes and access modifiers are skipped; external labels are the parameters.
enum SwiftLine {
    static let modifiers = ["public", "private", "fileprivate", "internal", "package", "open", "static", "final",
                            "override", "mutating", "nonmutating", "convenience", "required", "nonisolated",
                            "indirect", "dynamic", "lazy", "weak", "unowned"]

    static func match(_ body: Substring, inContainer: Bool) -> BraceDeclarations.Match? {
        var rest = body
        while rest.hasPrefix("@") {
            rest = rest.drop { $0 != " " }.drop { $0 == " " }
        }
        rest = Identifier.dropping(modifiers, from: rest)
        if rest.hasPrefix("class func ") || rest.hasPrefix("class var ") { rest = rest.dropFirst(6) }
        let lead = body.count - rest.count
        for keyword in ["class", "struct", "enum", "protocol", "actor", "extension", "typealias"]
        where rest.hasPrefix(keyword + " ") {
            let name = Identifier.leading(rest.dropFirst(keyword.count + 1).drop { $0 == " " })
            guard !name.isEmpty else { return nil }
            return .init(kind: .type, name: name, opensContainer: keyword != "typealias")
        }
        if rest.hasPrefix("func ") {
            let afterKeyword = rest.dropFirst(5).drop { $0 == " " }
            let name = afterKeyword.prefix { $0 != "(" && $0 != "<" && $0 != " " }
            guard !name.isEmpty else { return nil }
            return .init(kind: .function, name: String(name), parameterOffset: lead + (rest.count - afterKeyword.count) + name.count)
        }
        for keyword in ["init", "subscript"] where rest.hasPrefix(keyword) {
            let after = rest.dropFirst(keyword.count).drop { $0 == "?" || $0 == "!" }
            guard after.hasPrefix("(") || after.hasPrefix("<") else { continue }
            return .init(kind: .function, name: keyword, parameterOffset: lead + keyword.count)
        }
        return nil
    }
}
