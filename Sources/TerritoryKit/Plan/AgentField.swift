/// A bold-label field inside an agent's section that describes the agent rather than listing
/// paths: `**Agent ID**:`, `**Branch**:`, `**Wave**:` (and `- **Wave 2:** …` lines).
enum AgentField: Sendable, Hashable {
    case id(String)
    case branch(String)
    case waves([Int])

    static let idNames: Set<String> = ["agent id", "id", "agent-id", "agent_id"]
    static let branchNames: Set<String> = ["branch", "git branch", "branch name", "worktree branch"]
    static let waveNames: Set<String> = ["wave", "waves", "wave assignment", "execution wave"]

    /// Recognises the field a label names; nil when the label is not a field.
    static func parse(_ label: BoldLabel) -> AgentField? {
        let name = HeadingText.plain(label.name).lowercased()
        if idNames.contains(name) { return firstWord(label.value).map(AgentField.id) }
        if branchNames.contains(name) { return firstWord(label.value).map(AgentField.branch) }
        if waveNames.contains(name) { return .waves(WaveList.parse(label.value)) }
        if name.hasPrefix("wave ") {
            let waves = WaveList.parse(name.dropFirst(5))
            if !waves.isEmpty { return .waves(waves) }
        }
        return nil
    }

    /// Waves of a paragraph that starts with a bold `**Wave 2**` (`**Wave 2** - runs after …`).
    static func boldWaves(_ text: some StringProtocol) -> [Int] {
        guard text.hasPrefix("**") else { return [] }
        let inner = text.dropFirst(2).prefix { $0 != "*" }.lowercased()
        guard inner.hasPrefix("wave ") else { return [] }
        return WaveList.parse(inner.dropFirst(5))
    }

    /// The value without backticks, up to the first space: `` `agent/api` (created by CI) `` → `agent/api`.
    private static func firstWord(_ value: String) -> String? {
        let cleaned = value.filter { $0 != "`" && $0 != "*" }
        guard let word = cleaned.split(whereSeparator: { $0 == " " || $0 == "\t" }).first else { return nil }
        let trimmed = word.trimmingCharacters(in: ",;.")
        return trimmed.isEmpty ? nil : trimmed
    }
}
