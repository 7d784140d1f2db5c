/// `territory show --format markdown`: any plan, as territory read it, in the canonical form
/// (TAXONOMY §11.1), so that an orchestrator can normalise its plan and a person can review what
/// territory understood. Reading the output again gives the same agents and entries.
public struct PlanMarkdownWriter: Sendable {
    static let sections: [(Access, String)] = [
        (.write, "Territory"), (.read, "Read-Only"), (.shared, "Shared"), (.forbidden, "Do Not Modify"),
    ]

    public init() {}

    public func render(_ plan: Plan, source: String) -> String {
        var lines = ["# Agent Assignments", "", "<!-- normalised by `territory show --format markdown` from \(plan.file) (\(source)) -->"]
        for (index, agent) in plan.agents.enumerated() {
            lines += ["", "## Agent \(index + 1): \(agent.id)", "**Agent ID:** `\(agent.id)`"]
            if agent.name != agent.id { lines.append("**Name:** \(agent.name)") }
            if !agent.waves.isEmpty { lines.append("**Wave:** " + agent.waves.map(String.init).joined(separator: ", ")) }
            if let branch = agent.branch { lines.append("**Branch:** `\(branch)`") }
            for (access, title) in Self.sections {
                let entries = agent.entries(access)
                guard !entries.isEmpty else { continue }
                lines += ["", "### \(title)"]
                lines += entries.map(item)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A bullet whose annotations survive a second reading: notes that would change the access
    /// (`read-only`, `shared`) are dropped, since the section already says it.
    private func item(_ entry: Entry) -> String {
        let kept = entry.annotations.filter { note in
            !["read-only", "read only", "shared", "bare-name"].contains(note) && !note.contains("append") && !note.contains("section")
                && !note.contains("coordinate") && !note.contains("lock")
        }
        return "- `\(entry.pattern)`" + (kept.isEmpty ? "" : " (" + kept.joined(separator: ", ") + ")")
    }
}
