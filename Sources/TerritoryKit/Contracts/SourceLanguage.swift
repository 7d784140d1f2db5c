/// The languages whose declarations and imports territory extracts with line-oriented scanners.
public enum SourceLanguage: String, Sendable, Hashable, CaseIterable {
    case python, typescript, swift, go

    /// From a fence's first word: `python`, `py`, `ts`, `tsx`, `javascript`, `js`, `jsx`, `swift`, `go`.
    public init?(infoWord: String) {
        switch infoWord.lowercased() {
        case "python", "py", "python3": self = .python
        case "typescript", "ts", "tsx", "javascript", "js", "jsx", "mjs": self = .typescript
        case "swift": self = .swift
        case "go", "golang": self = .go
        default: return nil
        }
    }

    /// From a file's extension.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = String(path[path.index(after: dot)...])
        switch ext {
        case "py", "pyi": self = .python
        case "ts", "tsx", "js", "jsx", "mjs", "cjs", "mts", "cts": self = .typescript
        case "swift": self = .swift
        case "go": self = .go
        default: return nil
        }
    }
}
