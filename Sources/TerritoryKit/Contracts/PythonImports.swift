/// Python imports: `import a.b, c as d` and `from .x import y, z`, anywhere in the file (imports
/// may sit inside functions), skipping triple-quoted strings, where docstrings quote examples.
/// A parenthesised name list may run over several lines (`from x import (` … `)`, as black
/// writes long imports): its names are read up to the closing parenthesis.
enum PythonImports {
    static func imports(_ lines: [String]) -> [SourceImport] {
        var found: [SourceImport] = []
        var openQuote: String?
        // The index in `found` of a `from … import (` whose names continue on the next lines.
        var openList: Int?
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingLeadingSpaces
            if let quote = openQuote {
                if line.contains(quote) { openQuote = nil }
                continue
            }
            if let quote = ["\"\"\"", "'''"].first(where: { line.contains($0) }),
               line.ranges(of: quote).count % 2 == 1 {
                openQuote = quote
                continue
            }
            let code = ImportExtractor.droppingLineComment(line[...], marker: "#")
            // A list left open by a damaged file ends at the next import statement.
            if let open = openList, !code.hasPrefix("import "), !code.hasPrefix("from ") {
                found[open].names += names(code)
                if code.contains(")") { openList = nil }
                continue
            }
            openList = nil
            let statements = statement(code, line: index + 1)
            if code.hasPrefix("from "), !statements.isEmpty, code.contains("("), !code.contains(")") {
                openList = found.count
            }
            found += statements
        }
        return found
    }

    private static func statement(_ code: Substring, line: Int) -> [SourceImport] {
        if code.hasPrefix("from ") {
            let rest = code.dropFirst(5).drop { $0 == " " }
            let module = ImportExtractor.word(rest, extra: ["."])
            let after = rest.dropFirst(module.count).drop { $0 == " " }
            guard !module.isEmpty, after.hasPrefix("import") else { return [] }
            return [SourceImport(specifier: module, line: line, names: names(after.dropFirst(6)))]
        }
        guard code.hasPrefix("import ") else { return [] }
        return code.dropFirst(7).split(separator: ",").compactMap { part in
            let module = ImportExtractor.word(part.drop { $0 == " " }, extra: ["."])
            return module.isEmpty ? nil : SourceImport(specifier: module, line: line)
        }
    }

    /// The names of `a, b as c` (or a piece of a parenthesised list), in order.
    private static func names(_ list: Substring) -> [String] {
        list.split(separator: ",").compactMap { part -> String? in
            let name = ImportExtractor.word(part.drop { $0 == " " || $0 == "(" })
            return name.isEmpty ? nil : name
        }
    }
}
