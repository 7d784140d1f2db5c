/// The state machine that gives scanned lines their plan meaning: which agent's section a line
/// is in, which waves enclose it, and whether the list it belongs to is a territory, a read list,
/// a shared list or a forbidden list.
///
/// A section class, set by a heading inside the agent or by a bold label, lasts until the next
/// heading of the same or a higher level, or the next label.
struct PlanReadingState: Sendable {
    private struct Scope: Sendable {
        var level: Int
        var access: Access?
    }

    private struct WaveScope: Sendable {
        var level: Int
        var waves: [Int]
    }

    private let entryBuilder: EntryBuilder
    private var drafts: [AgentDraft] = []
    private var diagnostics: [PlanDiagnostic] = []
    private var current: AgentDraft?
    private var waveScopes: [WaveScope] = []
    private var sections: [Scope] = []
    /// Set by the latest label in the current heading: `.some(nil)` for a label with no class.
    private var labelAccess: Access??

    init(file: String, planFolder: String) {
        entryBuilder = EntryBuilder(file: file, normalizer: PathNormalizer(planFolder: planFolder))
    }

    mutating func consume(_ line: MarkdownLine) {
        switch line.kind {
        case .heading(let level, let text):
            heading(level: level, text: text, line: line.number)
        case .label(let label):
            guard current != nil else { return }
            if let field = AgentField.parse(label) { apply(field) } else { classify(label, line: line.number) }
        case .bullet(_, let text):
            guard current != nil else { return }
            if let label = BoldLabel.parse(text) {
                if let field = AgentField.parse(label) { return apply(field) }
                if SectionClassifier.classify(label.name) != nil { return classify(label, line: line.number) }
            }
            guard let access = effectiveAccess else { return }
            add(ItemExtractor.candidates(inItem: text), access: access, line: line.number)
        case .text(let text):
            guard current != nil else { return }
            current?.waves += AgentField.boldWaves(text)
            plainLabel(text, line: line.number)
        case .blank, .tableRow, .fenceOpen, .fenceClose, .fenced:
            break
        }
    }

    /// Closes the last section and settles ids: a repeated id gets `-2`, `-3`, … and a warning.
    mutating func finish() -> (agents: [Agent], diagnostics: [PlanDiagnostic]) {
        closeAgent()
        var used: Set<String> = []
        var agents: [Agent] = []
        for draft in drafts {
            var id = draft.preferredId
            if used.contains(id.lowercased()) {
                var suffix = 2
                while used.contains("\(id)-\(suffix)".lowercased()) { suffix += 1 }
                diagnostics.append(PlanDiagnostic(
                    code: "duplicate-agent", severity: .warning,
                    message: "agent id `\(id)` is already used by an earlier agent; this one is read as `\(id)-\(suffix)`",
                    location: draft.location))
                id = "\(id)-\(suffix)"
            }
            used.insert(id.lowercased())
            agents.append(draft.agent(id: id))
        }
        let ordered = diagnostics.enumerated().sorted { lhs, rhs in
            (lhs.element.location.line, lhs.offset) < (rhs.element.location.line, rhs.offset)
        }
        return (agents, ordered.map(\.element))
    }

    private var effectiveAccess: Access? {
        if let labelAccess { return labelAccess }
        return sections.last { $0.access != nil }?.access
    }

    private mutating func heading(level: Int, text: String, line: Int) {
        labelAccess = nil
        let role = HeadingRole.classify(text: text, level: level)
        // A wave heading covers the agents below it and the agent headings beside it
        // (`### Wave 3` followed by `### review-agent`) until another heading at its level.
        let isAgent = if case .agent = role { true } else { false }
        waveScopes.removeAll { $0.level > level || ($0.level == level && !isAgent) }
        if case .agent(let heading) = role {
            closeAgent()
            current = AgentDraft(
                heading: heading, level: level, location: entryBuilder.location(line),
                waves: waveScopes.flatMap(\.waves))
            return
        }
        if let agent = current, level > agent.level {
            sections.removeAll { $0.level >= level }
            if case .wave(let waves) = role {
                current?.waves += waves
                sections.append(Scope(level: level, access: nil))
            } else {
                sections.append(Scope(level: level, access: SectionClassifier.classify(text)))
            }
            return
        }
        closeAgent()
        if case .wave(let waves) = role { waveScopes.append(WaveScope(level: level, waves: waves)) }
    }

    private mutating func apply(_ field: AgentField) {
        labelAccess = .some(nil)
        switch field {
        case .id(let id): current?.explicitId = id
        case .branch(let branch): current?.branch = branch
        case .waves(let waves): current?.waves += waves
        }
    }

    private mutating func classify(_ label: BoldLabel, line: Int) {
        let access = SectionClassifier.classify(label.name)
        labelAccess = .some(access)
        guard let access else { return }
        add(ItemExtractor.candidates(inInline: label.value), access: access, line: line)
    }

    /// A short paragraph ending in a colon (`Owns:`) acts as a label when it names a class, or
    /// when it ends an earlier label's list (`Tasks:`); other prose never ends a heading's class.
    private mutating func plainLabel(_ text: String, line: Int) {
        guard text.hasSuffix(":"), text.count <= 80, !text.contains("`") else { return }
        let label = BoldLabel(name: String(text.dropLast()), value: "")
        if SectionClassifier.classify(label.name) != nil || labelAccess != nil { classify(label, line: line) }
    }

    private mutating func add(_ candidates: [ItemExtractor.Candidate], access: Access, line: Int) {
        guard let name = current?.heading.name, !candidates.isEmpty else { return }
        let built = entryBuilder.build(candidates, access: access, line: line, agentName: name)
        current?.entries += built.entries
        diagnostics += built.diagnostics
    }

    private mutating func closeAgent() {
        if let agent = current { drafts.append(agent) }
        current = nil
        sections = []
        labelAccess = nil
    }
}
