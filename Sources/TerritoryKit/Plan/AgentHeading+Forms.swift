/// The rarer ways a heading introduces an agent (TAXONOMY §1.2 "other identity"): a compound
/// code without the word Agent (`WS-A — Intake`), a backticked id with a gloss
/// (`` `agent-a` (Auth + Access) ``), a Title-case role ending in Agent (`Backend Agent
/// Assignment`, `Executive Product Agent`). Kept apart from the main form so each rule stays
/// small and the strict form stays readable.
extension AgentHeading {
    /// Words that make a heading about agents in general rather than one agent:
    /// `Workflow for Each Agent`, `Rules for Every Agent`, `The Next Agent`.
    static let generalWords: Set<String> = [
        "for", "each", "every", "all", "per", "the", "your", "other", "any", "which", "when", "how", "new",
        "next", "first", "this", "that", "sub", "an", "a", "to", "of", "and", "with", "by",
    ]

    static func parseOtherForms(_ plain: String) -> AgentHeading? {
        let words = plain.split(separator: " ")
        guard let first = words.first else { return nil }
        let firstCore = first.trimmingCharacters(in: "()[]{},.;:'\"")
        // `agent-a (Auth + Access)`, `agent-orchestrator`: an id that says it is an agent.
        if AgentIdentity.isKebabId(firstCore), firstCore.hasPrefix("agent-") || firstCore.hasSuffix("-agent"),
           !HeadingRole.summaryWords.contains(where: { firstCore.containsWord($0) || firstCore.containsWord("assignments") }) {
            return AgentHeading(code: nil, name: plain, kebabId: firstCore)
        }
        // `WS-A — Intake API`, `SBE-A: …`: a compound code, then a separator.
        if first.contains("-"), isCode(Substring(first)), words.count >= 3,
           ["—", "–", "-", ":"].contains(String(words[1])) {
            return AgentHeading(code: String(first), name: words.dropFirst(2).joined(separator: " "), kebabId: nil)
        }
        return titleCaseRole(words)
    }

    /// `Backend Agent Assignment` → `Backend Agent`; `Executive Product Agent`. At most six words,
    /// each capitalised, none of them general (`for`, `each`, …).
    private static func titleCaseRole(_ words: [Substring]) -> AgentHeading? {
        // `SME Track (Small Business Users)`: the gloss is not part of the role.
        var kept = words.prefix { !$0.hasPrefix("(") }.map { $0 }
        if let last = kept.last, ["assignment", "assignments", "brief", "briefing"].contains(last.lowercased()) {
            kept.removeLast()
        }
        guard kept.count >= 2, kept.count <= 6, ["agent", "track"].contains(kept.last?.lowercased() ?? "") else { return nil }
        for word in kept {
            guard let initial = word.first, initial.isUppercase || initial.isNumber,
                  !generalWords.contains(word.lowercased()) else { return nil }
        }
        let name = kept.joined(separator: " ")
        return AgentHeading(code: nil, name: name, kebabId: nil, isLoose: true)
    }

    /// A heading that is only a backticked branch name, `` `feature/cli-status` ``, names the
    /// agent by its branch (TAXONOMY §1.2, 31). `raw` is the heading text before de-decoration.
    static func branchHeading(_ raw: some StringProtocol) -> AgentHeading? {
        let text = raw.trimmingSpaces
        guard text.hasPrefix("`"), text.hasSuffix("`"), text.count > 4 else { return nil }
        let inner = text.dropFirst().dropLast()
        guard !inner.contains("`"), !inner.contains(" "), inner.contains("/"),
              !KnownFileNames.isFileName(inner), !inner.hasPrefix("/"), !inner.hasSuffix("/") else { return nil }
        let branch = String(inner)
        let tail = branch.split(separator: "/").last.map(String.init) ?? branch
        return AgentHeading(code: nil, name: tail, kebabId: nil, branch: branch)
    }

    /// `Team: Codex`, `🤖 Team CODEX` → the team's name, or nil.
    static func teamName(_ plain: String) -> String? {
        let lower = plain.prefix(5).lowercased()
        guard lower.hasPrefix("team:") || lower.hasPrefix("team ") else { return nil }
        let name = plain.dropFirst(5).trimmingCharacters(in: " :—–-")
        return name.isEmpty ? nil : name
    }

    /// `Task C1: Parser`, `Task 3 — Docs`: a task unit of a team (TAXONOMY §1.2, 51), read as an
    /// agent only under a team heading. Its id is its code, lower-cased (`c1`).
    static func task(_ plain: String, team: String) -> AgentHeading? {
        guard plain.prefix(5).lowercased() == "task " else { return nil }
        let rest = plain.dropFirst(5).trimmingLeadingSpaces
        let code = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        guard !code.isEmpty, code.count <= 8, code.contains(where: \.isNumber) else { return nil }
        let after = rest.dropFirst(code.count).trimmingCharacters(in: " :—–-")
        return AgentHeading(code: String(code), name: after.isEmpty ? "Task \(code)" : after,
                            kebabId: code.lowercased(), team: team)
    }
}
