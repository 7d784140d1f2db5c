/// `overlapping-changes`: paths two agents of one wave both changed. Pure: it compares the
/// change lists `check` already read, so it costs nothing more than a set intersection.
public struct WaveOverlaps: Sendable {
    public let map: TerritoryMap

    public init(map: TerritoryMap) { self.map = map }

    /// One finding per path and pair, the earlier agent in plan order as `agent`. A path the plan
    /// shares (an entry marked shared, or annotated) lowers the finding to a warning.
    public func findings(_ changes: [AgentChange], wave: Int) -> [Finding] {
        let touched = changes.map { change in (change.agentID, Set(change.changes.flatMap(\.touchedPaths))) }
        var findings: [Finding] = []
        for (i, (agent, paths)) in touched.enumerated() {
            for (other, otherPaths) in touched[(i + 1)...] {
                for path in paths.intersection(otherPaths).sorted() {
                    findings.append(finding(path: path, agent: agent, other: other, wave: wave))
                }
            }
        }
        return findings
    }

    private func finding(path: String, agent: String, other: String, wave: Int) -> Finding {
        let ownership = map.ownership(of: path)
        let rule = WaveRules.overlappingChanges
        let sharedEntry = ownership.sharers.first ?? ownership.writers.first { !$0.entry.annotations.isEmpty }
        let owners = ownership.owners.isEmpty ? "nobody owns it" : "owned by " + ownership.owners.joined(separator: ", ")
        var message = "`\(path)` is changed by both \(agent) and \(other) in wave \(wave) (\(owners))"
        if let sharedEntry {
            message += "; the plan shares it (\(sharedEntry.entry.annotations.joined(separator: ", ")) at \(sharedEntry.entry.location)), so both edits may be intended"
        }
        let keep = ownership.owners.first.map { "keep the change on \($0)'s branch" } ?? "decide which agent owns it"
        return Finding(
            rule: rule.id, severity: sharedEntry == nil ? rule.defaultSeverity : .warning, agent: agent, path: path,
            owners: ownership.owners, message: message, plan: sharedEntry?.entry.location ?? ownership.writers.first?.entry.location,
            hint: "\(keep) and drop it from the other (`git checkout <base> -- \(path)`)", otherAgent: other)
    }
}
