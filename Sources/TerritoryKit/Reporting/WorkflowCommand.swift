/// One GitHub Actions workflow command (`::error file=…,title=…::message`).
///
/// The runner parses these lines itself, so anything we pass through must be escaped the way the
/// runner's own toolkit does it: `%`, CR and LF in the message; those plus `:` and `,` in property
/// values, because `,` separates properties and `::` ends them. An unescaped path containing a
/// comma would otherwise silently split into a bogus property.
struct WorkflowCommand: Sendable {
    var name: String
    /// Ordered `key=value` pairs; order is kept so output is stable.
    var properties: [(key: String, value: String)]
    var message: String

    /// The command for a finding's severity: `error`, `warning` or `notice`.
    static func name(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    var line: String {
        let props = properties.map { "\($0.key)=\(Self.escapeProperty($0.value))" }.joined(separator: ",")
        return "::\(name)\(props.isEmpty ? "" : " " + props)::\(Self.escapeData(message))"
    }

    /// Escapes a message (the part after `::`).
    static func escapeData(_ text: String) -> String { escape(text, separators: false) }

    /// Escapes a property value: as a message, plus the separators `:` and `,`.
    static func escapeProperty(_ text: String) -> String { escape(text, separators: true) }

    private static func escape(_ text: String, separators: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where separators: out += "%3A"
            case "," where separators: out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
