/// Go declarations on one line: `func`, methods with a receiver (the receiver type is the
/// container), `type X struct|interface`, and methods listed inside an interface.
enum GoLine {
    static func match(_ body: Substring, inContainer: Bool) -> BraceDeclarations.Match? {
        if body.hasPrefix("type ") {
            let afterKeyword = body.dropFirst(5).drop { $0 == " " }
            let name = Identifier.leading(afterKeyword)
            guard !name.isEmpty else { return nil }
            let shape = afterKeyword.dropFirst(name.count).drop { $0 == " " }
            return .init(kind: .type, name: name, opensContainer: shape.hasPrefix("interface"))
        }
        if body.hasPrefix("func ") {
            var rest = body.dropFirst(5).drop { $0 == " " }
            var receiver: String?
            if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
                let words = rest[rest.index(after: rest.startIndex)..<close].split(separator: " ")
                receiver = words.last.map { Identifier.leading($0.drop { $0 == "*" }) }
                rest = rest[rest.index(after: close)...].drop { $0 == " " }
            }
            let name = Identifier.leading(rest)
            guard !name.isEmpty else { return nil }
            return .init(kind: .function, name: name, parameterOffset: body.count - rest.count + name.count, receiver: receiver)
        }
        guard inContainer else { return nil }
        let name = Identifier.leading(body)
        guard !name.isEmpty, body.dropFirst(name.count).hasPrefix("(") else { return nil }
        return .init(kind: .function, name: name, parameterOffset: name.count)
    }
}
