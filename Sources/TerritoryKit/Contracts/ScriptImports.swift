/// TypeScript/JavaScript imports: `import … from '…'` (also across lines, reported at the
/// `import` line), `import '…'`, `export … from '…'`, `require('…')` and `import('…')`.
/// Lines that start a comment (`//`, `/*`, `*`) are skipped; a `require('x')` inside a string
/// on a code line is still counted, an accepted miss of a line scanner.
enum ScriptImports {
    static func imports(_ lines: [String]) -> [SourceImport] {
        var found: [SourceImport] = []
        /// The line of an `import {` / `export {` whose `from '…'` is on a later line.
        var pendingStatement: Int?
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingLeadingSpaces
            if line.hasPrefix("//") || line.hasPrefix("/*") || line.hasPrefix("*") { continue }
            let code = ImportExtractor.droppingLineComment(line)
            let number = index + 1
            let startsStatement = code.hasPrefix("import ") || code.hasPrefix("import{")
                || code.hasPrefix("export ") || code.hasPrefix("export{") || code.hasPrefix("import'")
                || code.hasPrefix("import\"")
            if let specifier = fromClause(code), startsStatement || pendingStatement != nil {
                found.append(SourceImport(specifier: specifier, line: startsStatement ? number : pendingStatement ?? number))
                pendingStatement = nil
            } else if code.hasPrefix("import"), let specifier = bareImport(code) {
                found.append(SourceImport(specifier: specifier, line: number))
            } else if startsStatement, code.contains("{"), !code.contains("}") {
                pendingStatement = number
            } else if pendingStatement != nil, code.contains(";") {
                pendingStatement = nil
            }
            for call in ["require(", "import("] {
                for specifier in calls(of: call, in: code) {
                    found.append(SourceImport(specifier: specifier, line: number))
                }
            }
        }
        return found
    }

    /// The module of `… from '…'` on this line.
    private static func fromClause(_ code: Substring) -> String? {
        guard let range = code.ranges(of: "from").last else { return nil }
        let after = code[range.upperBound...].drop { $0 == " " }
        guard let first = after.first, first == "'" || first == "\"" else { return nil }
        return ImportExtractor.quoted(after)
    }

    /// `import '…'` (a side-effect import).
    private static func bareImport(_ code: Substring) -> String? {
        let after = code.dropFirst(6).drop { $0 == " " }
        guard let first = after.first, first == "'" || first == "\"" else { return nil }
        return ImportExtractor.quoted(after)
    }

    /// Every `require('x')` / `import('x')` with a literal argument; template or computed
    /// arguments cannot be resolved statically and are skipped.
    private static func calls(of call: String, in code: Substring) -> [String] {
        var found: [String] = []
        var rest = code
        while let range = rest.firstRange(of: call) {
            let before = rest[..<range.lowerBound].last
            let argument = rest[range.upperBound...].drop { $0 == " " }
            rest = rest[range.upperBound...]
            if let before, before.isLetter || before.isNumber || before == "_" || before == "." { continue }
            guard let first = argument.first, first == "'" || first == "\"",
                  let value = ImportExtractor.quoted(argument) else { continue }
            let closing = argument.dropFirst(value.count + 2).drop { $0 == " " }
            if closing.first == ")" { found.append(value) }
        }
        return found
    }
}
