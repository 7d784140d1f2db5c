/// Go imports: `import "x"`, `import alias "x"` and `import ( … )` blocks. The grammar puts
/// every import before the first declaration, so the scan stops at the first top-level
/// `func`/`type`/`var`/`const`: exact, and it skips most of the file.
enum GoImports {
    static func imports(_ lines: [String]) -> [SourceImport] {
        var found: [SourceImport] = []
        var inBlock = false
        var inComment = false
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingLeadingSpaces
            if inComment {
                if line.contains("*/") { inComment = false }
                continue
            }
            if line.hasPrefix("/*") {
                inComment = !line.contains("*/")
                continue
            }
            let code = ImportExtractor.droppingLineComment(line)
            if inBlock {
                if code.hasPrefix(")") { inBlock = false; continue }
                if let path = ImportExtractor.quoted(code) { found.append(SourceImport(specifier: path, line: index + 1)) }
                continue
            }
            if ["func ", "func(", "type ", "var ", "const "].contains(where: { raw.hasPrefix($0) }) { break }
            guard code.hasPrefix("import") else { continue }
            let rest = code.dropFirst(6).drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("(") {
                let inside = rest.dropFirst()
                if let close = inside.firstIndex(of: ")") {
                    for part in inside[..<close].split(separator: ";") {
                        if let path = ImportExtractor.quoted(part) { found.append(SourceImport(specifier: path, line: index + 1)) }
                    }
                } else {
                    inBlock = true
                    if let path = ImportExtractor.quoted(inside) { found.append(SourceImport(specifier: path, line: index + 1)) }
                }
            } else if let path = ImportExtractor.quoted(rest) {
                found.append(SourceImport(specifier: path, line: index + 1))
            }
        }
        return found
    }
}
