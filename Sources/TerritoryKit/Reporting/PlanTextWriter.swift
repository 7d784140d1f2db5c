/// `territory show`: the plan as read, for a person checking that territory understood it.
///
/// Text from the plan (names, patterns, annotations, diagnostics) is shown through
/// `TerminalStyle.escaped`: a control character in a plan cannot forge or recolor a line.
public struct PlanTextWriter: Sendable {
    public let style: TerminalStyle

    public init(style: TerminalStyle = .plain) { self.style = style }

    public func render(_ plan: Plan, source: String) -> String {
        let count = plan.agents.count == 1 ? "1 agent" : "\(plan.agents.count) agents"
        var lines = ["plan \(Self.safe(plan.file)) (from \(Self.safe(source))): \(count)"]
        lines.reserveCapacity(plan.agents.count * 4 + plan.diagnostics.count + 3)
        for agent in plan.agents {
            lines.append("")
            var title = style.bold(Self.safe(agent.id))
            if agent.name != agent.id { title += " “\(Self.safe(agent.name))”" }
            title += "  line \(agent.location.line)"
            if !agent.waves.isEmpty { title += "  wave " + agent.waves.map(String.init).joined(separator: ", ") }
            if let branch = agent.branch { title += "  branch " + Self.safe(branch) }
            lines.append(title)
            if !agent.aliases.isEmpty { lines.append("  " + style.dim("aliases: " + Self.safe(agent.aliases.joined(separator: ", ")))) }
            let patterns = agent.entries.map { Self.safe($0.pattern) }
            let widths = patterns.map(\.count)
            let width = widths.max() ?? 0
            for (offset, entry) in agent.entries.enumerated() {
                let padded = patterns[offset] + String(repeating: " ", count: width - widths[offset])
                let access = Self.accessColumn[entry.access] ?? entry.access.rawValue
                var line = "  \(access) \(padded)  " + style.dim("line \(entry.location.line)")
                if !entry.annotations.isEmpty { line += style.dim("  (" + Self.safe(entry.annotations.joined(separator: ", ")) + ")") }
                lines.append(line)
            }
            if agent.entries.isEmpty { lines.append("  " + style.dim("no entries")) }
        }
        if !plan.diagnostics.isEmpty {
            lines += ["", "diagnostics:"]
            for diagnostic in plan.diagnostics {
                lines.append("  " + style.severity(diagnostic.severity.asSeverity, diagnostic.severity.rawValue)
                    + " \(Self.safe(diagnostic.code)) line \(diagnostic.location.line): \(Self.safe(diagnostic.message))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func safe(_ text: String) -> String { TerminalStyle.escaped(text) }

    /// Access names padded to one column (`write    `), computed once rather than per entry.
    private static let accessColumn: [Access: String] = Dictionary(uniqueKeysWithValues: Access.allCases.map { access in
        (access, access.rawValue + String(repeating: " ", count: max(9 - access.rawValue.count, 0)))
    })
}

extension PlanDiagnostic.Severity {
    var asSeverity: Severity {
        switch self {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
    }
}
