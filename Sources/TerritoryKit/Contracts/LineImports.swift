/// Imports that fit on one line, for the languages whose statement starts the line: Swift
/// (`@testable import Module`, `import struct Module.Type`), Rust (`use crate::a::b`, `mod x;`),
/// Kotlin/Java (`import a.b.C`, scanned until the first type declaration) and C-family
/// (`#include "x.h"`; angle-bracket includes are system headers and are skipped).
struct LineImports {
    let language: ImportLanguage

    private static let swiftModifiers: Set<String> = ["public", "package", "internal", "private", "fileprivate", "open"]
    private static let swiftKinds: Set<String> = ["typealias", "struct", "class", "enum", "protocol", "let", "var", "func"]
    private static let javaStops: Set<String> = ["class", "interface", "object", "fun", "enum", "record", "@interface"]

    func imports(_ lines: [String]) -> [SourceImport] {
        var found: [SourceImport] = []
        var inString = false
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingLeadingSpaces
            // Swift multi-line strings are the one place examples of imports were seen quoted.
            if language == .swift, line.ranges(of: "\"\"\"").count % 2 == 1 { inString.toggle(); continue }
            if inString || line.hasPrefix("//") || line.hasPrefix("*") || line.hasPrefix("/*") { continue }
            let code = ImportExtractor.droppingLineComment(line)
            if language == .java, stopsJava(code) { break }
            found += statement(code, line: index + 1)
        }
        return found
    }

    private func statement(_ code: Substring, line: Int) -> [SourceImport] {
        let words = code.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        switch language {
        case .swift:
            var rest = words.drop { $0.hasPrefix("@") || Self.swiftModifiers.contains($0) }
            guard rest.first == "import" else { return [] }
            rest = rest.dropFirst()
            if let kind = rest.first, Self.swiftKinds.contains(kind) { rest = rest.dropFirst() }
            let module = rest.first.map { ImportExtractor.word($0[...]) } ?? ""
            return module.isEmpty ? [] : [SourceImport(specifier: module, line: line)]
        case .rust:
            let rest = words.drop { $0 == "pub" || $0.hasPrefix("pub(") }
            if rest.first == "use", rest.count > 1 {
                let path = ImportExtractor.word(rest.dropFirst().joined(separator: " ")[...], extra: [":"])
                let trimmed = path.hasSuffix("::") ? String(path.dropLast(2)) : path
                return trimmed.isEmpty ? [] : [SourceImport(specifier: trimmed, line: line)]
            }
            if rest.first == "mod", rest.count == 2, rest[rest.startIndex + 1].hasSuffix(";") {
                let name = ImportExtractor.word(rest[rest.startIndex + 1][...])
                return name.isEmpty ? [] : [SourceImport(specifier: name, line: line, names: ["mod"])]
            }
            return []
        case .java:
            guard words.first == "import", words.count > 1 else { return [] }
            let target = words[1] == "static" && words.count > 2 ? words[2] : words[1]
            let path = ImportExtractor.word(target[...], extra: [".", "*"])
            return path.isEmpty ? [] : [SourceImport(specifier: path, line: line)]
        case .c:
            guard code.hasPrefix("#") else { return [] }
            let directive = code.dropFirst().drop { $0 == " " || $0 == "\t" }
            guard directive.hasPrefix("include") || directive.hasPrefix("import") else { return [] }
            let rest = directive.drop { $0.isLetter }.drop { $0 == " " || $0 == "\t" }
            guard rest.first == "\"", let path = ImportExtractor.quoted(rest) else { return [] }
            return [SourceImport(specifier: path, line: line)]
        case .python, .typescript, .go:
            return []
        }
    }

    /// A Kotlin/Java type or top-level function declaration: no import can follow it.
    private func stopsJava(_ code: Substring) -> Bool {
        let words = code.split(separator: " ").map(String.init)
        let modifiers: Set<String> = ["public", "private", "protected", "internal", "abstract", "final", "open",
                                      "data", "sealed", "static", "inline", "value", "annotation"]
        guard let first = words.first(where: { !modifiers.contains($0) && !$0.hasPrefix("@") }) else { return false }
        return Self.javaStops.contains(first)
    }
}
