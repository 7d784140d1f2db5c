/// What a heading means to the plan: an agent's section, a wave that encloses agents, or
/// anything else (summaries, rosters, prose sections, sub-sections of an agent).
enum HeadingRole: Sendable, Hashable {
    case agent(AgentHeading)
    case wave([Int])
    case other

    /// Headings with these words summarise agents rather than introduce one.
    static let summaryWords = ["roster", "registry", "matrix", "summary", "map", "overview", "agent ids"]

    /// Classifies a heading's decorated text; `level` decides whether it may introduce an agent.
    static func classify(text: some StringProtocol, level: Int) -> HeadingRole {
        let plain = HeadingText.plain(text)
        return classify(plain: plain, lower: plain.lowercased(), text: text, level: level)
    }

    /// The same, for a caller that has the plain text (and its lower-case form) already.
    static func classify(plain: String, lower: String, text: some StringProtocol, level: Int) -> HeadingRole {
        if summaryWords.contains(where: { lower.containsWord($0) }) { return .other }
        if lower.hasPrefix("wave ") {
            let waves = WaveList.parse(lower.dropFirst(5))
            if !waves.isEmpty { return .wave(waves) }
        } else if let rest = LabelVocabulary.afterWaveWord(lower) {
            // `## ウェーブ 1`, `## Welle 2`, `## Oleada 1`
            let waves = WaveList.parse(rest)
            if !waves.isEmpty { return .wave(waves) }
        }
        guard (2...4).contains(level) else { return .other }
        if let agent = AgentHeading.parse(plain) ?? AgentHeading.branchHeading(text) { return .agent(agent) }
        return .other
    }
}
