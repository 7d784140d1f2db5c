/// How header fields fill a contract. The first occurrence of a field wins: later ones are
/// usually in examples or change logs further down the file.
extension Contract {
    /// Applies one labelled field; returns the path when the field is a file anchor.
    mutating func apply(label: String, value: String, at location: SourceLocation) -> String? {
        let field = ContractField(value: value, location: location)
        switch label {
        case "provider", "owner", "provided by":
            if provider == nil || providerIsAuthor { provider = field; providerIsAuthor = false }
        case "author":
            if provider == nil { provider = field; providerIsAuthor = true }
        case "consumers", "consumer", "consumed by":
            if consumersLocation == nil {
                consumers = Self.consumerNames(value)
                consumersLocation = location
            }
        case "status":
            if status == nil { status = field }
        case "version":
            if version == nil { version = field }
        case "file", "location", "path":
            guard let path = ContractHeaderLine.path(in: value) else { return nil }
            anchors.append(ContractAnchor(path: path, location: location))
            return path
        default:
            break
        }
        return nil
    }

    /// An author is only a fallback provider; a real Provider/Owner line replaces it.
    private var providerIsAuthor: Bool {
        get { providerFromAuthor }
        set { providerFromAuthor = newValue }
    }

    /// `a-agent, b-agent` → both; `All view agents (library-agent, details-agent)` → the
    /// parenthesised ids; `None (internal)` → none.
    static func consumerNames(_ value: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var inner = ""
        for character in value {
            switch character {
            case "(": depth += 1
            case ")":
                depth = max(0, depth - 1)
                if depth == 0, inner.contains("-agent") {
                    parts += inner.split(separator: ",").map { String($0) }
                    current = ""
                }
                inner = ""
            case ",", ";":
                if depth > 0 {
                    inner.append(character)
                } else {
                    parts.append(current)
                    current = ""
                }
            default:
                if depth > 0 { inner.append(character) } else { current.append(character) }
            }
        }
        parts.append(current)
        return parts.map { $0.trimming { " `*.".contains($0) } }
            .filter { !$0.isEmpty && $0.lowercased() != "none" && !$0.lowercased().hasPrefix("all ") }
    }

    /// A territory block's `require:` paths bind every block anchored to them (at `params`),
    /// unless the block's own info string already says how.
    mutating func resolveTerritoryRequires() {
        guard !requiredFiles.isEmpty else { return }
        for index in blocks.indices where blocks[index].binding == nil {
            guard let path = blocks[index].file, requiredFiles.contains(where: { $0.matches(path) }) else { continue }
            guard blocks[index].sourceLanguage != nil else { continue }
            blocks[index].binding = ContractBinding(match: .params, explicit: false)
        }
    }
}
