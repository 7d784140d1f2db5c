/// Python imports: `import a.b, c as d` and `from .x import y, z`, anywhere in the file (imports
/// may sit inside functions), skipping triple-quoted strings, where docstrings quote examples.
enum PythonImports {
    static func imports(_ lines: [String]) -> [SourceImport] {
        var found: [SourceImport] = []
        var openQuote: String?
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
            found += statement(code, line: index + 1)
        }
        return found
    }

    private static func statement(_ code: Substring, line: Int) -> [SourceImport] {
        if code.hasPrefix("from ") {
            let rest = code.dropFirst(5).drop { $0 == " " }
            let module = ImportExtractor.word(rest, extra: ["."])
            let after = rest.dropFirst(module.count).drop { $0 == " " }
            guard !module.isEmpty, after.hasPrefix("import") else { return [] }
            let names = after.dropFirst(6).split(separator: ",").compactMap { part -> String? in
                let name = ImportExtractor.word(part.drop { $0 == " " || $0 == "(" })
                return name.isEmpty ? nil : name
            }
            return [SourceImport(specifier: module, line: line, names: names)]
        }
        guard code.hasPrefix("import ") else { return [] }
        return code.dropFirst(7).split(separator: ",").compactMap { part in
            let module = ImportExtractor.word(part.drop { $0 == " " }, extra: ["."])
            return module.isEmpty ? nil : SourceImport(specifier: module, line: line)
        }
    }
}
