/// Whether a plan can judge changes at all. Enforcement (hooks, `check`, the gate, the guard)
/// must not run on a plan territory could not read with certainty: it stops with exit 2 and
/// these messages rather than judging with a territory that is missing or wider than written.
extension Plan {
    /// Everything that must stop enforcement, as messages naming the plan file and line and
    /// saying what to fix; empty when the plan can judge. In order:
    /// - fatal diagnostics: entries that are malformed or too wide (`!` alone, `{a,`, `[`, `**`);
    /// - entries whose pattern does not compile (plans built in code, resolved bare names);
    /// - a plan with no agents;
    /// - a plan where no agent has a territory, or else each agent without one. An agent's
    ///   territory is its write and shared entries, exclusions aside: read and forbidden lists
    ///   alone let it change nothing.
    public var enforcementProblems: [String] {
        var problems = diagnostics.filter(\.isFatal).map { "\($0.location): \($0.message)" }
        for agent in agents {
            for entry in agent.entries {
                let pattern = entry.isExclusion ? String(entry.pattern.dropFirst()) : entry.pattern
                do {
                    _ = try PatternCompiler.compile(pattern)
                } catch where error.kind != .placeholder {
                    problems.append("\(entry.location): `\(entry.pattern)` in \(agent.id)'s \(entry.access.rawValue) list "
                        + "is not a valid pattern: \(error.message)")
                } catch {}
            }
        }
        guard !agents.isEmpty else {
            problems.append("\(file): the plan defines no agents, so territory cannot tell who may write what; give each agent "
                + "a heading (`## Agent 1: api-agent`) and a **Territory**: list, then check what was read with `territory show`")
            return problems
        }
        let without = agents.filter { !$0.hasTerritory }
        if without.count == agents.count {
            let count = agents.count == 1 ? "its one agent has" : "none of its \(agents.count) agents has"
            problems.append("\(file): no agent has a territory: \(count) a write entry, so every change would be outside "
                + "territory; list each agent's paths under a **Territory**: label (or `write:` in a ```territory block), "
                + "then check with `territory show`")
        } else {
            for agent in without {
                problems.append("agent \(agent.id) has no territory: \(agent.location) defines it without write entries, "
                    + "so each of its changes would be judged outside its territory; list its paths under a **Territory**: "
                    + "label (or `write:` in a ```territory block), or remove the agent from the plan")
            }
        }
        return problems
    }
}

extension Agent {
    /// True when the agent may write something: a write or shared entry that is not an exclusion.
    var hasTerritory: Bool {
        entries.contains { ($0.access == .write || $0.access == .shared) && !$0.isExclusion }
    }
}
