/// Unions what summaries say (roster rows, matrices, territory maps) with what the agents'
/// sections say, once the whole plan is read.
///
/// A summary row for an agent no section defines creates it (plans like a worktree table have
/// nothing else). A path a summary gives one agent while a section gives it to another, in an
/// overlapping wave, is reported as a `contradiction` naming both lines — and still added, so
/// that `lint` shows the overlap instead of territory silently picking a side.
struct SummaryMerger: Sendable {
    var entryBuilder: EntryBuilder

    /// Returns the resolver's work (`AgentResolver.visits`).
    @discardableResult
    func merge(_ claims: [SummaryClaim], into drafts: inout [AgentDraft], diagnostics: inout [PlanDiagnostic]) -> Int {
        guard !claims.isEmpty else { return 0 }
        var owners: [String: [(agent: Int, line: Int)]] = [:]
        for (index, draft) in drafts.enumerated() {
            for entry in draft.entries where entry.access == .write {
                owners[entry.pattern, default: []].append((index, entry.location.line))
            }
        }
        var resolver = AgentResolver(drafts)
        var known: [Set<String>] = drafts.map { Set($0.entries.map { "\($0.access.rawValue) \($0.pattern)" }) }
        for claim in claims {
            var found = resolver.resolve(claim.agentRef, preferWaves: claim.waves, drafts: drafts)
            if found == nil, let alias = claim.alias, !alias.isEmpty {
                found = resolver.resolve(alias, preferWaves: claim.waves, drafts: drafts)
                    ?? resolver.resolve(alias + " Track", preferWaves: claim.waves, drafts: drafts)
                let ref = HeadingText.plain(claim.agentRef)
                if let index = found, !drafts[index].summaryAliases.contains(ref) { drafts[index].summaryAliases.append(ref) }
            }
            // A roster naming an agent by the short form of its heading's name (`データ基盤` for
            // `データ基盤（Models / Events）`) gives that short name as an alias.
            if let index = found {
                let ref = HeadingText.plain(claim.agentRef).trimmingCharacters(in: " ,;:.")
                if ref != drafts[index].heading.name, ref == AgentResolver.shortName(drafts[index].heading.name),
                   !drafts[index].summaryAliases.contains(ref) {
                    drafts[index].summaryAliases.append(ref)
                }
            }
            if found == nil, claim.definesAgent || Self.definesByName(claim), let draft = newDraft(claim) {
                drafts.append(draft)
                resolver.add(draft)
                known.append([])
                found = drafts.count - 1
            }
            guard let index = found else {
                let ref = HeadingText.plain(claim.agentRef)
                if !claim.candidates.isEmpty, !ref.isEmpty {
                    diagnostics.append(PlanDiagnostic(
                        code: "unknown-owner", severity: .note,
                        message: "`\(ref)` owns paths in a summary but names no agent of the plan",
                        location: entryBuilder.location(claim.line)))
                }
                continue
            }
            // Rosters place agents in waves; a wave-nested map only shows what a wave touches.
            if claim.definesAgent || drafts[index].waves.isEmpty { drafts[index].waves += claim.waves }
            if drafts[index].branch == nil { drafts[index].branch = claim.branch }
            if drafts[index].explicitId == nil, let id = claim.explicitId, AgentIdentity.isKebabId(id) {
                drafts[index].explicitId = id
            }
            let built = entryBuilder.build(
                claim.candidates, access: claim.access, line: claim.line, agentName: drafts[index].heading.name)
            diagnostics += built.diagnostics
            for entry in built.entries where known[index].insert("\(entry.access.rawValue) \(entry.pattern)").inserted {
                if entry.access == .write {
                    for other in owners[entry.pattern] ?? [] where other.agent != index
                        && overlaps(drafts[other.agent].waves, drafts[index].waves) {
                        diagnostics.append(PlanDiagnostic(
                            code: "contradiction", severity: .warning,
                            message: "line \(claim.line) gives `\(entry.pattern)` to \(drafts[index].heading.name), "
                                + "but line \(other.line) gives it to \(drafts[other.agent].heading.name)",
                            location: entryBuilder.location(claim.line)))
                    }
                }
                drafts[index].entries.append(entry)
            }
        }
        return resolver.visits
    }

    /// Agents with no waves run in every wave, so they overlap everyone.
    private func overlaps(_ lhs: [Int], _ rhs: [Int]) -> Bool {
        lhs.isEmpty || rhs.isEmpty || !Set(lhs).isDisjoint(with: rhs)
    }

    /// `| Agent 3: Docs | `docs/` |` in a table headed `Agent | File`: a row naming an agent the
    /// way a heading would, with paths, is an agent even without an id, wave or branch column.
    private static func definesByName(_ claim: SummaryClaim) -> Bool {
        guard claim.inAgentColumn, !claim.candidates.isEmpty else { return false }
        let plain = HeadingText.plain(claim.agentRef).trimmingCharacters(in: " ,;:.")
        if let heading = AgentHeading.parse(plain) { return heading.code != nil || heading.kebabId != nil }
        return false
    }

    private func newDraft(_ claim: SummaryClaim) -> AgentDraft? {
        let plain = HeadingText.plain(claim.agentRef).trimmingCharacters(in: " ,;:.")
        guard !plain.isEmpty, plain.count <= 80, plain.contains(where: \.isLetter) else { return nil }
        let heading = AgentHeading.parse(plain)
            ?? AgentHeading(code: nil, name: plain, kebabId: AgentIdentity.firstKebabId(in: plain))
        return AgentDraft(heading: heading, level: 7, location: entryBuilder.location(claim.line), waves: [])
    }
}
