/// The wave at a glance: per agent, how many crossings, overlaps, conflicts and staleness
/// findings it is part of. Derived from the report's findings alone, so every format agrees.
public struct WaveMatrix: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var agent: String
        public var crossings: Int
        public var overlaps: Int
        public var conflicts: Int
        public var stale: Int
        /// No branch for the agent (`missing-branch`).
        public var missing: Bool
    }

    public static let columns = ["agent", "crossings", "overlaps", "conflicts", "stale"]
    public var rows: [Row]

    /// Only wave checks carry a matrix: their command reads `check --wave N` or `check --all-waves`.
    public static func applies(to report: Report) -> Bool {
        report.command.hasPrefix("check --wave") || report.command.hasPrefix("check --all-waves")
    }

    public init(_ report: Report) {
        let crossingRules = Set(RuleCatalog.pathRules.map { type(of: $0).description.id })
        var ids = report.agents.map(\.id)
        for finding in report.findings {
            if let agent = finding.agent, !ids.contains(agent) { ids.append(agent) }
        }
        var seen = Set<String>()
        rows = ids.filter { seen.insert($0).inserted }.map { id in
            let mine = report.findings.filter { $0.agent == id || $0.otherAgent == id }
            func count(_ rule: String) -> Int { mine.count { $0.rule == rule } }
            return Row(
                agent: id, crossings: mine.count { $0.agent == id && crossingRules.contains($0.rule) },
                overlaps: count(WaveRules.overlappingChanges.id), conflicts: count(WaveRules.mergeConflict.id),
                stale: mine.count { $0.agent == id && $0.rule == WaveRules.staleBase.id },
                missing: mine.contains { $0.agent == id && $0.rule == WaveRules.missingBranch.id })
        }
    }

    /// The cells of a row as text: counts, with "no branch" for an agent whose branch is missing.
    public func cells(_ row: Row) -> [String] {
        guard !row.missing else { return [row.agent, "no branch", "—", "—", "—"] }
        return [row.agent] + [row.crossings, row.overlaps, row.conflicts, row.stale].map { $0 == 0 ? "·" : String($0) }
    }

    /// A plain-text table, columns padded to their widest cell.
    public var text: String {
        let table = [Self.columns] + rows.map(cells)
        let widths = Self.columns.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        return table.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
