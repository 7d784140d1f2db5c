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
        let judged = candidates.values.compactMap { candidate in severity(candidate, agents).map { (candidate, $0) } }
        let rank = Dictionary(map.plan.agents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return OverlapGroup.grouped(judged, rank: rank).map(finding)
    }

    private func liesBeneathAFile(_ path: String) -> Bool {
        var prefix = Substring(path)
        while let slash = prefix.lastIndex(of: "/") {
            prefix = prefix[..<slash]
            if files.contains(String(prefix)) { return true }
        }
        return false
    }

    /// How much one pair of entries matters, and when the agents meet.
    private func severity(_ candidate: OverlapCandidate, _ agents: [String: Agent]) -> (Severity, String)? {
        guard let first = agents[candidate.first.agentID], let second = agents[candidate.second.agentID] else { return nil }
        switch WaveOverlap(first, second) {
        case .concurrent(let wave):
            let when = wave.map { " in wave \($0)" } ?? ""
            if candidate.isAnnotatedShared { return (.warning, when) }
            // Two patterns that meet only on a name made up for the purpose (`xauthautomation.sql`)
            // may never meet on a real file: a note. A tracked file or a literal path is certain.
            if candidate.trackedFiles == 0, !candidate.hasLiteralSide { return (.note, when) }
            // Two bare names no tracked file resolved (`docling_parser.py`): where the file is, and
            // so whether it is one file, is not known.
            if candidate.trackedFiles == 0, candidate.bothUnresolvedBareNames { return (.note, when) }
            return (.error, when)
        case .sequential:
            return (.note, " in different waves (a hand-off)")
        }
    }

    private func finding(_ group: OverlapGroup) -> Finding {
        let files = switch (group.trackedFiles, group.hasLiteralSide) {
        case (0, true) where group.paths.count > 1: "no tracked file yet; \(group.paths.count) paths would be, e.g. `\(group.example)`"
        case (0, true): "no tracked file yet; `\(group.example)` would be"
        case (0, false): "no tracked file; both are patterns, which meet only on a made-up name like `\(group.example)`"
        case (1, _): "1 tracked file"
        default: "\(group.trackedFiles) tracked files, e.g. `\(group.example)`"
        }
        return Finding(
            rule: LintRules.overlap.id, severity: group.severity, agent: group.firstAgent, path: group.example,
            owners: [group.firstAgent, group.secondAgent],
            message: "\(group.firstAgent) (\(group.describe(group.firstEntries))) and \(group.secondAgent) "
                + "(\(group.describe(group.secondEntries))) both own it\(group.when): \(files)",
            plan: group.location, hint: LintRules.overlap.fix)
    }
}

/// How two agents' schedules relate, which decides how much an overlap between them matters.
enum WaveOverlap {
    /// They share a wave, or one of them has none declared: they may run at the same time.
    case concurrent(wave: Int?)
    /// They never share a wave: one hands the path to the other.
    case sequential

    init(_ first: Agent, _ second: Agent) {
        if first.waves.isEmpty || second.waves.isEmpty {
            self = .concurrent(wave: first.waves.first ?? second.waves.first)
        } else if let shared = first.waves.first(where: second.waves.contains) {
            self = .concurrent(wave: shared)
        } else {
            self = .sequential
        }
    }
}
