/// Reads an orchestration plan's markdown into a `Plan`: agents, their waves and branches, and
/// the entries of their territories, each with the line it was written on.
///
/// The reader is tolerant by design (plans are written by models, in many layouts): what it
/// cannot use it skips, and what a person should know about becomes a `PlanDiagnostic`.
public struct PlanReader: Sendable {
    public init() {}

    /// Reads one plan file. Never throws, never traps, never prints: problems become plan.diagnostics.
    /// `file` is the plan's repository-relative path (used for provenance and to resolve plan-relative paths).
    /// A leading byte-order mark is dropped, so that the first line is read like any other.
    public func read(text: String, file: String) -> Plan {
        var work = 0
        return read(text: text, file: file, work: &work)
    }

    /// Same, adding the reader's work (`PlanReadingState.work`) to `work`.
    func read(text: String, file: String, work: inout Int) -> Plan {
        var plan = Plan(file: file, agents: [])
        var state = PlanReadingState(file: file, planFolder: plan.folder)
        let text = text.unicodeScalars.first == "\u{FEFF}" ? String(PlanText.droppingByteOrderMark(text)) : text
        let lines = MarkdownLineScanner().scan(text)
        for line in lines {
            state.consume(line)
        }
        let (agents, diagnostics) = state.finish()
        work += state.work
        plan.agents = agents
        plan.diagnostics = diagnostics
        applyTerritoryBlocks(lines, to: &plan)
        return plan
    }
}
