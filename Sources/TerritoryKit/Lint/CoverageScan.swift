/// One pass over the tree's files: which entries match something, which files nobody owns, and
/// which pairs of agents both own a file.
struct CoverageScan {
    let map: TerritoryMap
    private(set) var matchedEntries: Set<Int> = []
    private(set) var unownedByFolder: [String: Int] = [:]
    private(set) var overlaps: [PairKey: OverlapCandidate] = [:]

    struct PairKey: Hashable {
        var first: SourceLocation
        var second: SourceLocation
    }

    init(map: TerritoryMap, files: [String]) {
        self.map = map
        var hits: [Int] = []
        for file in files {
            map.matchingIndices(file, into: &hits)
            matchedEntries.formUnion(hits)
            let ownership = map.ownership(of: file)
            if ownership.writers.isEmpty {
                unownedByFolder[Self.topFolder(file), default: 0] += 1
            }
            // Shared entries count too: sharing a path with its owner is an overlap the plan
            // annotated, reported as a warning.
            let holders = ownership.writers + ownership.sharers
            for (offset, first) in holders.enumerated() {
                for second in holders[(offset + 1)...] where second.agentID != first.agentID {
                    let key = PairKey(first: first.entry.location, second: second.entry.location)
                    overlaps[key, default: OverlapCandidate(first: first, second: second, example: file, trackedFiles: 0)]
                        .trackedFiles += 1
                }
            }
        }
    }

    /// The first segment with a slash (`scripts/`), or the file itself at the root.
    static func topFolder(_ path: String) -> String {
        guard let slash = path.firstIndex(of: "/") else { return path }
        return String(path[...slash])
    }

    /// One finding for every unowned tracked file: the count and the largest folders.
    func unownedFindings(limit: Int = 5) -> [Finding] {
        let total = unownedByFolder.values.reduce(0, +)
        guard total > 0 else { return [] }
        let folders = unownedByFolder.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        let top = folders.prefix(limit).map { "`\($0.key)` (\($0.value))" }.joined(separator: ", ")
        let more = folders.count > limit ? " and \(folders.count - limit) more" : ""
        let files = total == 1 ? "1 tracked file is" : "\(total) tracked files are"
        return [Finding(
            rule: LintRules.unownedFile.id, severity: LintRules.unownedFile.defaultSeverity, agent: nil, path: folders[0].key,
            message: "\(files) owned by no agent: \(top)\(more)", plan: nil, hint: LintRules.unownedFile.fix)]
    }

    /// Most entries match nothing: the plan was written before the code.
    var isAheadOfTheCode: Bool {
        let entries = map.allEntries.indices.filter { !map.allEntries[$0].entry.isExclusion }
        let unmatched = entries.filter { !matchedEntries.contains($0) }.count
        return unmatched > 3 && unmatched * 2 > entries.count
    }

    /// A warning per entry that matches nothing; when most entries match nothing (a plan written
    /// before the code), one note that says so instead.
    func unmatchedFindings() -> [Finding] {
        let entries = map.allEntries.enumerated().filter { !$0.element.entry.isExclusion }
        let unmatched = entries.filter { !matchedEntries.contains($0.offset) }.map(\.element)
        guard !unmatched.isEmpty else { return [] }
        if isAheadOfTheCode {
            let examples = unmatched.prefix(3).map { "`\($0.entry.pattern)`" }.joined(separator: ", ")
            return [Finding(
                rule: LintRules.matchesNothing.id, severity: .note, agent: nil, path: map.plan.file,
                message: "\(unmatched.count) of \(entries.count) entries match no tracked file (\(examples), …): the plan looks "
                    + "written before the code; lint again once the files exist",
                plan: unmatched[0].entry.location, hint: LintRules.matchesNothing.fix)]
        }
        return unmatched.map { match in
            let planned = match.entry.annotations.contains { $0.contains("new") || $0.contains("create") }
            return Finding(
                rule: LintRules.matchesNothing.id, severity: planned ? .note : LintRules.matchesNothing.defaultSeverity,
                agent: match.agentID, path: match.entry.pattern,
                message: "`\(match.entry.pattern)` (\(match.entry.access.rawValue)) matches no tracked file" + (planned ? " yet; it is marked to be created" : ""),
                plan: match.entry.location, hint: LintRules.matchesNothing.fix)
        }
    }
}
