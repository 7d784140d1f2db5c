/// Plan-wide checks that need every agent: a declared count that does not match
/// (`## Agent Roster (6 Agents)` followed by seven agents) and numbering restarted per wave.
extension PlanReadingState {
    /// Remembers `(6 Agents)`, `6 agents`, `Agents (6)` in a roster or team heading.
    mutating func noteDeclaredCount(lower: String, line: Int) {
        guard lower.containsWord("roster") || lower.containsWord("team") || lower.containsWord("agents") else { return }
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        for (index, word) in words.enumerated() {
            guard let count = Int(word), count > 0, count < 1_000 else { continue }
            let next = index + 1 < words.count ? words[index + 1] : ""
            let previous = index > 0 ? words[index - 1] : ""
            if next.hasPrefix("agent") || previous == "agents" {
                declaredCount = (count, line)
                return
            }
        }
    }

    mutating func checkNumbering() {
        if let declared = declaredCount, !drafts.isEmpty, declared.count != drafts.count {
            diagnostics.append(PlanDiagnostic(
                code: "agent-count", severity: .warning,
                message: "the plan declares \(declared.count) agents but defines \(drafts.count)",
                location: entryBuilder.location(declared.line)))
        }
        var seen: [String: Int] = [:]
        for draft in drafts {
            guard let code = draft.heading.code?.lowercased() else { continue }
            if let first = seen[code] {
                diagnostics.append(PlanDiagnostic(
                    code: "restarted-numbering", severity: .note,
                    message: "Agent \(draft.heading.code ?? code) is used again (first at line \(first)); "
                        + "summaries that say Agent \(draft.heading.code ?? code) are resolved by wave",
                    location: draft.location))
            } else {
                seen[code] = draft.location.line
            }
        }
    }
}
