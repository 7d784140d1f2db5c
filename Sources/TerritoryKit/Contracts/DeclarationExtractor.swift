/// Finds declarations in source text, one language at a time, with line scanning rather than a
/// parser: contracts and the files they anchor are small, and a toolchain per language is not
/// something a commit hook can assume.
public enum DeclarationExtractor {
    public static func declarations(in text: String, language: SourceLanguage) -> [Declaration] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        switch language {
        case .python: return PythonDeclarations.extract(lines)
        case .typescript: return BraceDeclarations.extract(lines, style: .typescript)
        case .swift: return BraceDeclarations.extract(lines, style: .swift)
        case .go: return BraceDeclarations.extract(lines, style: .go)
        }
    }
}
