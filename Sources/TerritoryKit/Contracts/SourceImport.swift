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
