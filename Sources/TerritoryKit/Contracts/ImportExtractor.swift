/// Line-oriented import extraction per language (contracts.md §5.5). No parser and no
/// toolchain: the checker must stay well under a millisecond per changed file, and a missed
/// import in a string or an odd layout only costs a missed finding, never a false block.
public enum ImportExtractor {
    /// Every import of `text`, in file order, each with its line.
    public static func imports(in text: String, language: ImportLanguage) -> [SourceImport] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        switch language {
        case .python: return PythonImports.imports(lines)
        case .typescript: return ScriptImports.imports(lines)
        case .go: return GoImports.imports(lines)
        case .swift, .rust, .java, .c: return LineImports(language: language).imports(lines)
        }
    }

    /// The first quoted string of `text` (single, double or back quotes), without the quotes.
    static func quoted(_ text: Substring) -> String? {
        guard let open = text.firstIndex(where: { $0 == "\"" || $0 == "'" || $0 == "`" }) else { return nil }
        let rest = text[text.index(after: open)...]
        guard let close = rest.firstIndex(of: text[open]) else { return nil }
        let value = String(rest[..<close])
        return value.isEmpty ? nil : value
    }

    /// `text` without a trailing `//` comment (naive: a `//` inside a string also cuts, which
    /// only matters for URLs in strings on an import line).
    static func droppingLineComment(_ text: Substring, marker: String = "//") -> Substring {
        guard let range = text.firstRange(of: marker) else { return text }
        return text[..<range.lowerBound]
    }

    /// The leading identifier-ish run of `text` made of letters, digits, `_` and `extra`.
    static func word(_ text: Substring, extra: Set<Character> = []) -> String {
        String(text.prefix { $0.isLetter || $0.isNumber || $0 == "_" || extra.contains($0) })
    }
}

/// One import statement as written in a source file: the module or path it names and its line,
/// so a finding can point at `file:line`. Resolution to repository paths happens later, in
/// `ImportResolver`, because it needs the tree's file list.
public struct SourceImport: Sendable, Hashable {
    /// What the statement names: `src.storage.client`, `../storage/client`, `Storage`,
    /// `crate::storage::client`, `storage.h`. Python relative imports keep their leading dots.
    public var specifier: String
    /// 1-based line of the statement.
    public var line: Int
    /// For Python `from X import a, b`: the imported names, which may be submodules of X.
    /// For Rust `mod x;`: `["mod"]`, since a module declaration resolves next to the file.
    public var names: [String]

    public init(specifier: String, line: Int, names: [String] = []) {
        self.specifier = specifier
        self.line = line
        self.names = names
    }
}
