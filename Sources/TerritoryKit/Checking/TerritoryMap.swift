/// A plan compiled for matching: every entry of every agent in one `PatternSet`, so that the
/// owners of a path are found in one pass, whatever the number of agents.
public final class TerritoryMap: Sendable {
    public let plan: Plan
    private let patterns: PatternSet
    /// Parallel to the pattern set's inputs: which agent and entry each pattern came from.
    private let sources: [EntryMatch]

    public init(plan: Plan) {
        var sources: [EntryMatch] = []
        var texts: [String] = []
        for agent in plan.agents {
            for entry in agent.entries {
                sources.append(EntryMatch(agentID: agent.id, entry: entry))
                texts.append(entry.isExclusion ? String(entry.pattern.dropFirst()) : entry.pattern)
            }
        }
        self.plan = plan
        self.sources = sources
        self.patterns = PatternSet(texts)
    }

    /// Entries whose pattern could not be compiled, with the reason; they never match.
    public var invalidEntries: [(EntryMatch, PatternError)] {
        patterns.errors.map { (sources[$0.index], $0.error) }
    }

    /// Indices into `allEntries` of the entries whose pattern matches `path`, into a reused buffer.
    public func matchingIndices(_ path: String, into hits: inout [Int]) {
        patterns.matches(path, into: &hits)
    }

    /// Every entry of the plan, in plan order, parallel to the indices `matchingIndices` gives.
    public var allEntries: [EntryMatch] { sources }

    /// Who owns, reads, shares and is forbidden `path`. An agent's `!pattern` removes the path
    /// from that agent's entries of the same access; ownership is a set, not "last match wins".
    public func ownership(of path: String) -> Ownership {
        var hits: [Int] = []
        patterns.matches(path, into: &hits)
        var ownership = Ownership()
        guard !hits.isEmpty else { return ownership }
        let excluded = Set(hits.lazy.map { self.sources[$0] }.filter(\.entry.isExclusion).map {
            ExclusionKey(agentID: $0.agentID, access: $0.entry.access)
        })
        var seen = Set<ExclusionKey>()
        for index in hits {
            let source = sources[index]
            let key = ExclusionKey(agentID: source.agentID, access: source.entry.access)
            guard !source.entry.isExclusion, !excluded.contains(key), seen.insert(key).inserted else { continue }
            ownership.append(source)
        }
        return ownership
    }

    private struct ExclusionKey: Hashable {
        var agentID: String
        var access: Access
    }
}
