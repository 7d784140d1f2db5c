/// The identity an agent heading spells out: `Agent 1: backend-api-agent`,
/// `Agent A — Auth Service`, `Agent UI-1 - Shell`, or a bare `frontend-ui-agent`.
struct AgentHeading: Sendable, Hashable {
    /// The number or code after "Agent" (`1`, `1-A`, `A`, `Alpha`, `UI-1`); nil for a bare id.
    var code: String?
    /// The display name: the text after the separator, or the bare id.
    var name: String
    /// A lower-case kebab id written in the heading (`backend-api-agent`), if any.
    var kebabId: String?
    /// The branch the heading names, when the heading is a branch (`` ### `feature/cli-status` ``).
    var branch: String? = nil
    /// A weak form (`Agent 3` alone, `Infrastructure Agent`): an agent only when no agent
    /// section of a higher level is open, since inside one it is a sub-heading about another.
    var isLoose = false
    /// The team a task unit belongs to (`### Task C1: …` under `## Team: Codex`), else nil.
    var team: String? = nil

    static let greekCodes: Set<String> = [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
        "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi",
        "psi", "omega",
    ]

    /// Parses de-decorated heading text (see `HeadingText.plain`), or returns nil.
    static func parse(_ plain: String) -> AgentHeading? {
        if AgentIdentity.isKebabId(plain), plain.hasSuffix("-agent") {
            return AgentHeading(code: nil, name: plain, kebabId: plain)
        }
        // Only the first words decide: lower-casing the whole heading showed up in profiles.
        let lower = plain.prefix(7).lowercased()
        let prefix = lower.hasPrefix("agent ") ? "agent " : lower.hasPrefix("agente ") ? "agente " : lower.hasPrefix("person ") ? "person " : ""
        guard !prefix.isEmpty, plain.utf8.count > prefix.utf8.count else {
            return parseOtherForms(plain)
        }
        let rest = plain.dropFirst(prefix.count).trimmingLeadingSpaces
        let code = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        guard isCode(code) else { return parseOtherForms(plain) }
        var after = rest.dropFirst(code.count)
        let spaced = after.first == " "
        after = after.trimmingLeadingSpaces
        // `Person 2` alone, `Agent A` alone: the heading is the name.
        guard let separator = after.first else {
            return AgentHeading(code: String(code), name: plain, kebabId: nil, isLoose: true)
        }
        switch separator {
        case ":", "：", "—", "–": break
        case "-" where spaced && after.dropFirst().first == " ": break
        default: return nil
        }
        let name = after.dropFirst().trimmingSpaces
        guard !name.isEmpty else { return nil }
        return AgentHeading(code: String(code), name: name, kebabId: AgentIdentity.firstKebabId(in: name))
    }

    /// `1`, `12`, `1-A`, `3b`, a single capital letter, a Greek letter name, `UI-1`, `WS-A`.
    static func isCode(_ code: Substring) -> Bool {
        guard let first = code.first, code.count <= 12 else { return false }
        if first.isNumber { return true }
        if code.count == 1 { return first.isUppercase }
        if greekCodes.contains(code.lowercased()) { return true }
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let head = parts.first, let tail = parts.last else { return false }
        return !head.isEmpty && head.allSatisfy(\.isUppercase) && !tail.isEmpty
            && tail.allSatisfy { $0.isNumber || $0.isUppercase }
    }
}
