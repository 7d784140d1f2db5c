/// `territory show`: the plan as read, for a person checking that territory understood it.
public struct PlanTextWriter: Sendable {
    public let style: TerminalStyle

    public init(style: TerminalStyle = .plain) { self.style = style }

    public func render(_ plan: Plan, source: String) -> String {
        let count = plan.agents.count == 1 ? "1 agent" : "\(plan.agents.count) agents"
        var lines = ["plan \(plan.file) (from \(source)): \(count)"]
        for agent in plan.agents {
            lines.append("")
            var title = style.bold(agent.id)
            if agent.name != agent.id { title += " “\(agent.name)”" }
            title += "  line \(agent.location.line)"
            if !agent.waves.isEmpty { title += "  wave " + agent.waves.map(String.init).joined(separator: ", ") }
            if let branch = agent.branch { title += "  branch \(branch)" }
            lines.append(title)
            if !agent.aliases.isEmpty { lines.append("  " + style.dim("aliases: " + agent.aliases.joined(separator: ", "))) }
            let width = agent.entries.map(\.pattern.count).max() ?? 0
            for entry in agent.entries {
                let padded = entry.pattern.padding(toLength: max(width, entry.pattern.count), withPad: " ", startingAt: 0)
                let access = entry.access.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
                var line = "  \(access) \(padded)  " + style.dim("line \(entry.location.line)")
                if !entry.annotations.isEmpty { line += style.dim("  (" + entry.annotations.joined(separator: ", ") + ")") }
                lines.append(line)
            }
            if agent.entries.isEmpty { lines.append("  " + style.dim("no entries")) }
        }
        if !plan.diagnostics.isEmpty {
            lines += ["", "diagnostics:"]
            for diagnostic in plan.diagnostics {
                lines.append("  " + style.severity(diagnostic.severity.asSeverity, diagnostic.severity.rawValue)
                    + " \(diagnostic.code) line \(diagnostic.location.line): \(diagnostic.message)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
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
