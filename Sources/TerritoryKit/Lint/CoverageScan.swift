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

    func unownedFindings(limit: Int = 10) -> [Finding] {
        let total = unownedByFolder.values.reduce(0, +)
        let folders = unownedByFolder.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        return folders.prefix(limit).map { folder, count in
            let files = count == 1 ? "1 tracked file" : "\(count) tracked files"
            let place = folder.hasSuffix("/") ? "under `\(folder)`" : "at `\(folder)`"
            return Finding(
                rule: LintRules.unownedFile.id, severity: LintRules.unownedFile.defaultSeverity, agent: nil, path: folder,
                message: "\(files) \(place) \(count == 1 ? "is" : "are") owned by no agent (\(total) unowned in all)",
                plan: nil, hint: LintRules.unownedFile.fix)
        }
    }

    func unmatchedFindings() -> [Finding] {
        map.allEntries.enumerated().compactMap { index, match in
            guard !matchedEntries.contains(index), !match.entry.isExclusion else { return nil }
            let planned = match.entry.annotations.contains { $0.contains("new") || $0.contains("create") }
            return Finding(
                rule: LintRules.matchesNothing.id, severity: planned ? .note : LintRules.matchesNothing.defaultSeverity,
                agent: match.agentID, path: match.entry.pattern,
                message: "`\(match.entry.pattern)` (\(match.entry.access.rawValue)) matches no tracked file" + (planned ? " yet; it is marked to be created" : ""),
                plan: match.entry.location, hint: LintRules.matchesNothing.fix)
        }
    }
}
