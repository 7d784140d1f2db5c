import TerritoryKit

/// A plain-text rendering of everything the reader produced, one fact per line, so fixture
/// expectations read like the plan and a failing comparison shows exactly which fact moved.
enum PlanSummary {
    static func render(_ plan: Plan) -> String {
        var lines: [String] = []
        for agent in plan.agents {
            lines.append("agent \(agent.id) @\(agent.location.line)")
            lines.append("  name: \(agent.name)")
            lines.append("  aliases: \(agent.aliases.joined(separator: " | "))")
            lines.append("  waves: \(agent.waves.map(String.init).joined(separator: ", "))")
            lines.append("  branch: \(agent.branch ?? "-")")
            for entry in agent.entries {
                let notes = entry.annotations.isEmpty ? "" : " [\(entry.annotations.joined(separator: "; "))]"
                lines.append("  \(entry.access.rawValue) \(entry.pattern) @\(entry.location.line)\(notes)")
            }
        }
        for diagnostic in plan.diagnostics {
            lines.append("\(diagnostic.severity.rawValue) \(diagnostic.code) @\(diagnostic.location.line)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
