/// Turns pairs of write entries that cover one path into `territory-overlap` findings: the pairs
/// seen on tracked files, plus pairs whose patterns intersect on files that do not exist yet.
struct OverlapFinder {
    let map: TerritoryMap
    /// The tracked files: an example beneath one of them cannot exist (a path is a file or a
    /// folder, not both).
    let files: Set<String>

    func findings(_ seen: [CoverageScan.PairKey: OverlapCandidate]) -> [Finding] {
        var candidates = seen
        let writes = map.allEntries.filter { ($0.entry.access == .write || $0.entry.access == .shared) && !$0.entry.isExclusion }
        for (offset, first) in writes.enumerated() {
            for second in writes[(offset + 1)...] where second.agentID != first.agentID {
                let key = CoverageScan.PairKey(first: first.entry.location, second: second.entry.location)
                guard candidates[key] == nil,
                      let example = PatternIntersection.example(first.entry.pattern, second.entry.pattern),
                      !liesBeneathAFile(example) else { continue }
                // Exclusions (`!pattern`) are not part of the intersection; ask the map.
                let ownership = map.ownership(of: example)
                let holders = Set((ownership.writers + ownership.sharers).map(\.agentID))
                guard holders.contains(first.agentID), holders.contains(second.agentID),
                      first.entry.access == .write || second.entry.access == .write else { continue }
                candidates[key] = OverlapCandidate(first: first, second: second, example: example, trackedFiles: 0)
            }
        }
        return candidates.values.compactMap(finding)
    }

    private func liesBeneathAFile(_ path: String) -> Bool {
        var prefix = Substring(path)
        while let slash = prefix.lastIndex(of: "/") {
            prefix = prefix[..<slash]
            if files.contains(String(prefix)) { return true }
        }
        return false
    }

    private func finding(_ candidate: OverlapCandidate) -> Finding? {
        guard let first = map.plan.agent(named: candidate.first.agentID),
              let second = map.plan.agent(named: candidate.second.agentID) else { return nil }
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
