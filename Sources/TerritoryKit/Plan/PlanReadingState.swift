/// The state machine that gives scanned lines their plan meaning: which agent's section a line
/// is in, which waves enclose it, and whether the list it belongs to is a territory, a read list,
/// a shared list or a forbidden list.
///
/// A section class, set by a heading inside the agent or by a bold label, lasts until the next
/// heading of the same or a higher level, or the next label. Lists, fenced blocks and tables are
/// read in the extensions beside this file; summaries are kept as claims and merged at the end.
struct PlanReadingState: Sendable {
    struct Scope: Sendable {
        var level: Int
        var access: Access?
    }

    struct WaveScope: Sendable {
        var level: Int
        var waves: [Int]
    }

    let entryBuilder: EntryBuilder
    var drafts: [AgentDraft] = []
    var draftIndex = DraftIndex()
    var diagnostics: [PlanDiagnostic] = []
    var current: AgentDraft?
    var waveScopes: [WaveScope] = []
    var sections: [Scope] = []
    /// Set by the latest label in the current heading: `.some(nil)` for a label with no class.
    var labelAccess: Access?? {
        didSet { if labelAccess == nil { labelQualifier = nil } }
    }
    /// The qualifier of the latest label (`**Owned Files** (NEW):` → `new`), copied to its items.
    var labelQualifier: String?
    /// The fenced block being read as a path listing, if the open block is one.
    var block: FencedPathBlock?
    var table = TableState()
    var claims: [SummaryClaim] = []
    /// `## Agent Roster (6 Agents)`: the count a heading declares, checked at the end.
    var declaredCount: (count: Int, line: Int)?
    /// The class of the latest heading outside any agent, which agents nested under it inherit.
    var outerAccess: (level: Int, access: Access)?
    /// The latest `## Team: X` heading, whose `### Task C1` headings are agents.
    var teamScope: (level: Int, name: String)?
    /// Non-agent headings outside agent sections so far.
    var otherHeadings = 0
    /// The index in `drafts` of the agent whose section a repeated heading continues.
    var reopened: Int?
    /// The resolver's work when summaries were merged (see `work`).
    var mergeVisits = 0
    /// Labels and headings classified so far (see `sectionClass`).
    var sectionClasses: [String: Access?] = [:]
    /// Set when the current line gave the agent a field (id, branch, waves): it was read.
    var lineUsed = false
    /// Path-like lines of the open fenced block that no list took (see `noteUnread`).
    var unreadListing: UnreadListing?

    init(file: String, planFolder: String) {
        entryBuilder = EntryBuilder(file: file, normalizer: PathNormalizer(planFolder: planFolder))
    }

    mutating func consume(_ line: MarkdownLine) {
        let mark = ReadMark(self)
        read(line)
        noteUnread(line, since: mark)
    }

    private mutating func read(_ line: MarkdownLine) {
        if case .tableRow(let cells) = line.kind {
            tableRow(cells, line: line.number)
            return
        }
        table.end()
        switch line.kind {
        case .heading(let level, let text):
            heading(level: level, text: text, line: line.number)
        case .label(let label):
            guard current != nil else { return }
            if let field = AgentField.parse(label) { apply(field) } else { classify(label, line: line.number) }
        case .bullet(_, let text):
            bullet(text, line: line)
        case .text(let text):
            guard current != nil else { return }
            current?.waves += AgentField.boldWaves(text)
            // `Don't modify: `a/`, `b/`, core.py`: a plain label with its list on the line.
            if let label = Self.plainInlineLabel(text), let access = sectionClass(label.name) {
                labelAccess = .some(access)
                labelQualifier = nil
                add(ItemExtractor.candidates(inProse: label.value), access: access, line: line.number)
            } else {
                plainLabel(text, line: line.number)
            }
        case .fenceOpen(let info):
            openBlock(info: info)
        case .fenced(let text):
            blockLine(text, line: line.number)
        case .fenceClose:
            closeBlock()
        case .blank, .tableRow:
            break
        }
    }

    /// Closes the last section, merges the summaries and settles ids: a repeated id gets `-2`,
    /// `-3`, … and a warning.
    mutating func finish() -> (agents: [Agent], diagnostics: [PlanDiagnostic]) {
        closeBlock()
        closeAgent()
        mergeVisits = SummaryMerger(entryBuilder: entryBuilder).merge(claims, into: &drafts, diagnostics: &diagnostics)
        checkNumbering()
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

    /// Drafts and names looked at to tie headings and summaries to agents: a deterministic
    /// measure of the reader's work, which tests compare across plan sizes.
    var work: Int { draftIndex.visits + mergeVisits }

    var effectiveAccess: Access? {
        if let labelAccess { return labelAccess }
        return sections.last { $0.access != nil }?.access
    }

    private mutating func heading(level: Int, text: String, line: Int) {
        labelAccess = nil
        let plain = HeadingText.plain(text)
        let lower = plain.lowercased()
        var role = HeadingRole.classify(plain: plain, lower: lower, text: text, level: level)
        if let team = teamScope, level <= team.level { teamScope = nil }
        if case .other = role, let team = teamScope, current.map({ level <= $0.level || $0.heading.team != nil }) ?? true,
           let task = AgentHeading.task(plain, team: team.name) {
            role = .agent(task)
        } else if case .other = role, let team = AgentHeading.teamName(plain) {
            teamScope = (level, team)
        }
        if case .agent(let heading) = role, heading.isLoose, isRestatement(heading, level: level) { role = .other }
        noteDeclaredCount(lower: lower, line: line)
        // A wave heading covers the agents below it and the agent headings beside it
        // (`### Wave 3` followed by `### review-agent`) until another heading at its level.
        let isAgent = if case .agent = role { true } else { false }
        waveScopes.removeAll { $0.level > level || ($0.level == level && !isAgent) }
        if case .agent(let heading) = role {
            closeAgent()
            // `### storage-agent` again under `## Success Criteria (Per Agent)`: the same agent's
            // section continues; numbered headings that repeat are real duplicates instead.
            if heading.code == nil, let index = draftIndex.reopenable(heading, before: otherHeadings, in: drafts) {
                reopened = index
                current = drafts[index]
                current?.level = level
                return
            }
            current = AgentDraft(
                heading: heading, level: level, location: entryBuilder.location(line),
                waves: waveScopes.flatMap(\.waves))
            current?.headingsBefore = otherHeadings
            if let team = heading.team { current?.summaryAliases.append(team) }
            // `## File Ownership Domains` then `### agent-a` with bare bullets: the enclosing
            // heading classifies the lists of the agents below it.
            if let outer = outerAccess, outer.level < level { sections = [Scope(level: level, access: outer.access)] }
            return
        }
        if let agent = current, level > agent.level {
            sections.removeAll { $0.level >= level }
            if case .wave(let waves) = role {
                current?.waves += waves
                sections.append(Scope(level: level, access: nil))
            } else {
                let access = sectionClass(text)
                sections.append(Scope(level: level, access: access))
                // `#### **📁 Assigned module**: `voice/``: a heading that is a label with a value.
                if let access, let label = BoldLabel.parse(text) {
                    add(ItemExtractor.candidates(inInline: label.value), access: access, line: line)
                }
            }
            return
        }
        closeAgent()
        otherHeadings += 1
        if case .wave(let waves) = role { waveScopes.append(WaveScope(level: level, waves: waves)) }
        if let outer = outerAccess, outer.level < level, case .wave = role {
            // a wave heading inside `## Territorial Boundaries` keeps the class
        } else {
            outerAccess = sectionClass(text).map { (level, $0) }
        }
    }

    /// A loose heading (`### Filter Agent`) inside a higher agent's section, or naming an agent
    /// already defined (a status section restating it), is a sub-heading, not a new agent.
    private mutating func isRestatement(_ heading: AgentHeading, level: Int) -> Bool {
        if let agent = current, level > agent.level { return true }
        let id = AgentDraft(heading: heading, level: level, location: entryBuilder.location(0), waves: []).preferredId
        let sameCode = { (draft: AgentDraft) in heading.code != nil && draft.heading.code == heading.code }
        return draftIndex.contains(id: id, code: heading.code, in: drafts)
            || current.map { $0.preferredId == id || sameCode($0) } == true
    }

    mutating func apply(_ field: AgentField) {
        labelAccess = .some(nil)
        lineUsed = true
        switch field {
        case .id(let id): current?.explicitId = id
        case .branch(let branch): current?.branch = branch
        case .waves(let waves): current?.waves += waves
        }
    }

    mutating func closeAgent() {
        if let agent = current {
            if let index = reopened, drafts.indices.contains(index) {
                draftIndex.replace(drafts[index], with: agent, at: index)
                drafts[index] = agent
            } else {
                drafts.append(agent)
            }
        }
        reopened = nil
        current = nil
        sections = []
        labelAccess = nil
    }
}
