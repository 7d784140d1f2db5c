/// Fenced blocks that list paths: plain lists and ASCII trees under an agent's territory label,
/// and territory maps anywhere whose nodes name their owner (`├── api.py ← Agent 2 (MODIFY)`).
extension PlanReadingState {
    mutating func openBlock(info: String) {
        block = FencedPathBlock.isListing(info: info) ? FencedPathBlock() : nil
    }

    mutating func blockLine(_ text: String, line: Int) {
        guard var reading = block else { return }
        let items = reading.consume(text, line: line)
        block = reading
        use(items)
    }

    mutating func closeBlock() {
        guard var reading = block else { return }
        block = nil
        use(reading.finish())
        noteUnreadListing()
    }

    /// Items in an agent's labelled section take the label's access; items that name an owner
    /// outside such a section become claims resolved when the plan is read.
    private mutating func use(_ items: [FencedPathBlock.Item]) {
        for item in items {
            if current != nil, let access = effectiveAccess {
                add([item.candidate], access: access, line: item.line, qualifier: labelQualifier)
            } else if let owner = item.owner, !owner.isEmpty {
                let notes = AnnotationParser.annotations(in: item.candidate.trailing)
                claims.append(SummaryClaim(
                    agentRef: owner, definesAgent: false, line: item.line, candidates: [item.candidate],
                    access: AnnotationParser.access(for: notes, in: .write), waves: currentWaves))
            } else if let agent = current, PathMention(normalizer: entryBuilder.normalizer).isPathLike(span: item.candidate.token) {
                unreadListing.note(item, agent: agent.heading.name)
            }
        }
    }

    /// The waves the current line sits in: its agent's, else the enclosing wave headings'.
    var currentWaves: [Int] {
        if let agent = current, !agent.waves.isEmpty { return agent.waves }
        return waveScopes.flatMap(\.waves)
    }
}
