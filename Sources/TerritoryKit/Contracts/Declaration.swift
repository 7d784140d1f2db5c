/// One declaration a line-oriented extractor found: `ChromaClient.add(doc_id, page)`.
public struct Declaration: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable { case function, type }

    public var kind: Kind
    /// The enclosing class, struct or receiver type, if any.
    public var container: String?
    public var name: String
    /// Parameter names in order (Swift: external labels; `self`/`cls` dropped); nil for types.
    public var parameters: [String]?
    /// The declaration's text with all whitespace removed, for `match=exact`.
    public var normalized: String
    /// 1-based line in the text it came from.
    public var line: Int

    public init(kind: Kind, container: String?, name: String, parameters: [String]?, normalized: String, line: Int) {
        self.kind = kind
        self.container = container
        self.name = name
        self.parameters = parameters
        self.normalized = normalized
        self.line = line
    }

    public var qualifiedName: String { container.map { "\($0).\(name)" } ?? name }

    public var description: String {
        guard let parameters else { return qualifiedName }
        return "\(qualifiedName)(\(parameters.joined(separator: ", ")))"
    }

    /// Whether `self` (found in a file) satisfies `required` (from a contract) at `match`.
    /// A requirement without a container matches a declaration in any container, because
    /// contracts often show a method without its class.
    public func satisfies(_ required: Declaration, _ match: ContractBinding.Match) -> Bool {
        guard name == required.name, kind == required.kind else { return false }
        if let container = required.container, container != self.container { return false }
        switch match {
        case .name: return true
        case .params: return parameters == required.parameters
        case .exact: return normalized == required.normalized
        }
    }
}

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
