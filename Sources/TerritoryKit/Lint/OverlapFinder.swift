/// Turns pairs of write entries that cover one path into `territory-overlap` findings: the pairs
/// seen on tracked files, plus pairs whose patterns intersect on files that do not exist yet.
///
/// Only pairs whose literal prefixes can meet are intersected (`OverlapPairs`), each pattern
/// compiled once, so the work grows with the entries and the overlaps, not with their square.
struct OverlapFinder {
    let map: TerritoryMap
    /// The tracked files: an example beneath one of them cannot exist (a path is a file or a
    /// folder, not both).
    let files: Set<String>

    /// Pattern pairs the last `findings` call looked at (see `OverlapPairs.visits`).
    private(set) var visits = 0

    init(map: TerritoryMap, files: Set<String>) {
        self.map = map
        self.files = files
    }

    mutating func findings(_ seen: [CoverageScan.PairKey: OverlapCandidate]) -> [Finding] {
        var candidates = seen
        let writes = map.allEntries.filter { ($0.entry.access == .write || $0.entry.access == .shared) && !$0.entry.isExclusion }
        let compiled = writes.map { (try? PatternCompiler.compile($0.entry.pattern)) ?? [] }
        let search = OverlapPairs(compiled)
        visits = search.visits
        for (i, j) in search.pairs {
            let first = writes[i], second = writes[j]
            guard second.agentID != first.agentID else { continue }
            let key = CoverageScan.PairKey(first: first.entry.location, second: second.entry.location)
            guard candidates[key] == nil,
                  let example = PatternIntersection.example(compiled[i], compiled[j]),
                  !liesBeneathAFile(example) else { continue }
            // Exclusions (`!pattern`) are not part of the intersection; ask the map.
            let ownership = map.ownership(of: example)
            let holders = Set((ownership.writers + ownership.sharers).map(\.agentID))
            guard holders.contains(first.agentID), holders.contains(second.agentID),
                  first.entry.access == .write || second.entry.access == .write else { continue }
            candidates[key] = OverlapCandidate(first: first, second: second, example: example, trackedFiles: 0)
        }
        let agents = Dictionary(map.plan.agents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return candidates.values.compactMap { finding($0, agents) }
    }

    private func liesBeneathAFile(_ path: String) -> Bool {
        var prefix = Substring(path)
        while let slash = prefix.lastIndex(of: "/") {
            prefix = prefix[..<slash]
            if files.contains(String(prefix)) { return true }
        }
        return false
    }

    private func finding(_ candidate: OverlapCandidate, _ agents: [String: Agent]) -> Finding? {
        guard let first = agents[candidate.first.agentID], let second = agents[candidate.second.agentID] else { return nil }
        let severity: Severity
        let when: String
        switch WaveOverlap(first, second) {
        case .concurrent(let wave):
            severity = candidate.isAnnotatedShared ? .warning : .error
            when = wave.map { " in wave \($0)" } ?? ""
        case .sequential:
            severity = .note
            when = " in different waves (a hand-off)"
        }
        let a = candidate.first, b = candidate.second
        let files = switch candidate.trackedFiles {
        case 0: "no tracked file yet; `\(candidate.example)` would be"
        case 1: "1 tracked file"
        default: "\(candidate.trackedFiles) tracked files, e.g. `\(candidate.example)`"
        }
        return Finding(
            rule: LintRules.overlap.id, severity: severity, agent: a.agentID, path: candidate.example, owners: [a.agentID, b.agentID],
            message: "\(a.agentID) (`\(a.entry.pattern)`, line \(a.entry.location.line)) and \(b.agentID) (`\(b.entry.pattern)`, "
                + "line \(b.entry.location.line)) both own it\(when): \(files)",
            plan: a.entry.location, hint: LintRules.overlap.fix)
    }
}
