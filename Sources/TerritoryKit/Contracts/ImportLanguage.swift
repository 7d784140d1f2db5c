/// The languages whose imports territory extracts. Wider than `SourceLanguage` (which is about
/// declarations): Rust, Kotlin/Java and C-family imports only need a line scanner and a path
/// convention, not a declaration grammar.
public enum ImportLanguage: String, Sendable, Hashable, CaseIterable {
    case python, typescript, swift, go, rust, java, c

    /// From a file's extension; nil for files territory does not scan for imports.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "py", "pyi": self = .python
        case "ts", "tsx", "js", "jsx", "mjs", "cjs", "mts", "cts": self = .typescript
        case "swift": self = .swift
        case "go": self = .go
        case "rs": self = .rust
        case "java", "kt", "kts": self = .java
        case "c", "h", "cc", "cpp", "cxx", "hpp", "hh", "hxx", "m", "mm": self = .c
        default: return nil
        }
    }
}
