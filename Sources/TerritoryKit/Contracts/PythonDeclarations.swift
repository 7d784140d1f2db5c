/// Python: `def`/`async def` and `class`, with the container tracked by indentation.
enum PythonDeclarations {
    static func extract(_ lines: [String]) -> [Declaration] {
        var result: [Declaration] = []
        var classes: [(name: String, indent: Int)] = []
        for (index, line) in lines.enumerated() {
            let body = line.trimmingLeadingSpaces
            guard !body.isEmpty, !body.hasPrefix("#") else { continue }
            let indent = line.count - body.count
            while let last = classes.last, last.indent >= indent { classes.removeLast() }
            var rest = Substring(body)
            if rest.hasPrefix("async ") { rest = rest.dropFirst(6).drop { $0 == " " } }
            if rest.hasPrefix("class ") {
                let name = Identifier.leading(rest.dropFirst(6))
                guard !name.isEmpty else { continue }
                result.append(Declaration(
                    kind: .type, container: classes.last?.name, name: name, parameters: nil,
                    normalized: ParameterList.normalize(String(rest.prefix { $0 != ":" && $0 != "(" })), line: index + 1))
                classes.append((name, indent))
            } else if rest.hasPrefix("def ") {
                let name = Identifier.leading(rest.dropFirst(4).drop { $0 == " " })
                guard !name.isEmpty, let list = ParameterList(lines: lines, index: index, from: indent) else { continue }
                let names = list.items.compactMap(parameterName).filter { $0 != "self" && $0 != "cls" }
                result.append(Declaration(
                    kind: .function, container: classes.last?.name, name: name, parameters: names,
                    normalized: ParameterList.normalize(list.signature), line: index + 1))
            }
        }
        return result
    }

    /// `doc_id: str = ""` → `doc_id`; `*args` → `*args`; bare `*` and `/` markers are dropped.
    static func parameterName(_ item: String) -> String? {
        let head = item.prefix { $0 != ":" && $0 != "=" }.trimmingSpaces
        return head == "*" || head == "/" || head.isEmpty ? nil : head
    }
}
