/// One `territory-overlap` finding: every pair of entries by which two agents both own one path
/// (or one pair of patterns), so that a path repeated in a plan's summary table is reported once,
/// with every plan line involved.
struct OverlapGroup {
    var firstAgent: String
    var secondAgent: String
    var firstEntries: [Entry] = []
    var secondEntries: [Entry] = []
    var example: String
    /// The paths the group's pairs meet on (an example each).
    var paths: Set<String>
    var trackedFiles: Int
    var severity: Severity
    var when: String
    var hasLiteralSide: Bool

    /// The earliest line of the first agent's entries: where the finding points.
    var location: SourceLocation {
        firstEntries.map(\.location).min { ($0.file, $0.line) < ($1.file, $1.line) } ?? firstEntries[0].location
    }

    private struct PathKey: Hashable {
        var agents: [String]
        var path: String
    }

    private struct PatternKey: Hashable {
        var agents: [String]
        var patterns: [String]
    }

    private struct BroadKey: Hashable {
        var agents: [String]
        var pattern: String
    }

    /// Candidates merged by agent pair and example path, agent pair and pattern pair, or agent pair
    /// and the broad entry that holds the other's (`src/pages/**` over four pages), in a
    /// stable order (plan lines of the first entry, then the second).
    /// `rank` is each agent's position in the plan: the earlier agent comes first.
    static func grouped(_ judged: [(OverlapCandidate, (Severity, String))], rank: [String: Int]) -> [OverlapGroup] {
        let ordered = judged.map { candidate, verdict in
            var candidate = candidate
            let first = rank[candidate.first.agentID] ?? 0, second = rank[candidate.second.agentID] ?? 0
            if (second, candidate.second.entry.location.line) < (first, candidate.first.entry.location.line) {
                swap(&candidate.first, &candidate.second)
            }
            return (candidate, verdict)
        }.sorted { lhs, rhs in
            let l = lhs.0, r = rhs.0
            return (l.first.entry.location.file, l.first.entry.location.line, l.second.entry.location.file, l.second.entry.location.line)
                < (r.first.entry.location.file, r.first.entry.location.line, r.second.entry.location.file, r.second.entry.location.line)
        }
        var groups: [OverlapGroup] = []
        var byPath: [PathKey: Int] = [:]
        var byPatterns: [PatternKey: Int] = [:]
        var byBroad: [BroadKey: Int] = [:]
        for (candidate, (severity, when)) in ordered {
            let agents = [candidate.first.agentID, candidate.second.agentID]
            let pathKey = PathKey(agents: agents, path: candidate.example)
            let patternKey = PatternKey(agents: agents, patterns: [candidate.first.entry.pattern, candidate.second.entry.pattern])
            let broadKey = candidate.broaderPattern.map { BroadKey(agents: agents, pattern: $0) }
            let index: Int
            if let found = byPath[pathKey] ?? byPatterns[patternKey] ?? broadKey.flatMap({ byBroad[$0] }) {
                index = found
                groups[index].add(candidate, severity, when)
            } else {
                index = groups.count
                groups.append(OverlapGroup(candidate, severity, when))
            }
            byPath[pathKey] = byPath[pathKey] ?? index
            byPatterns[patternKey] = byPatterns[patternKey] ?? index
            if let broadKey { byBroad[broadKey] = byBroad[broadKey] ?? index }
        }
        return groups
    }

    private init(_ candidate: OverlapCandidate, _ severity: Severity, _ when: String) {
        firstAgent = candidate.first.agentID
        secondAgent = candidate.second.agentID
        firstEntries = [candidate.first.entry]
        secondEntries = [candidate.second.entry]
        example = candidate.example
        paths = [candidate.example]
        trackedFiles = candidate.trackedFiles
        self.severity = severity
        self.when = when
        hasLiteralSide = candidate.hasLiteralSide
    }

    private mutating func add(_ candidate: OverlapCandidate, _ severity: Severity, _ when: String) {
        if !firstEntries.contains(candidate.first.entry) { firstEntries.append(candidate.first.entry) }
        if !secondEntries.contains(candidate.second.entry) { secondEntries.append(candidate.second.entry) }
        paths.insert(candidate.example)
        if candidate.trackedFiles > trackedFiles {
            trackedFiles = candidate.trackedFiles
            example = candidate.example
        }
        // A part of the file annotated anywhere (`(lines 1-30)` in a summary table) speaks for
        // the pair: the plan meant the sharing.
        if Set([severity, self.severity]) == [.error, .warning] {
            self.severity = .warning
        } else if severity < self.severity {
            self.severity = severity
            self.when = when
        }
        hasLiteralSide = hasLiteralSide || candidate.hasLiteralSide
    }

    /// "`src/api/`, lines 3, 40; `src/**`, line 7": each pattern once, with its lines.
    func describe(_ entries: [Entry]) -> String {
        var order: [String] = []
        var lines: [String: [Int]] = [:]
        for entry in entries {
            if lines[entry.pattern] == nil { order.append(entry.pattern) }
            lines[entry.pattern, default: []].append(entry.location.line)
        }
        return order.map { pattern in
            let numbers = Array(Set(lines[pattern] ?? [])).sorted()
            return "`\(pattern)`, line\(numbers.count == 1 ? "" : "s") " + numbers.map(String.init).joined(separator: ", ")
        }.joined(separator: "; ")
    }
}
