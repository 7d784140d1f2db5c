/// Tables: inside an agent's section they list its files (`| File | Responsibility |`, or a
/// row label `| Files | … |`); anywhere, tables with an agent or owner column are summaries
/// (rosters, matrices, claims) whose rows become claims merged when the plan is read.
extension PlanReadingState {
    mutating func tableRow(_ cells: [String], line: Int) {
        for row in table.consume(cells, line: line) {
            guard case .body(let cells, let line, let columns) = row else { continue }
            if columns.namesAgents {
                summaryRow(cells, line: line, columns: columns)
            } else if current != nil {
                agentRow(cells, line: line, columns: columns)
            }
        }
    }

    private mutating func agentRow(_ cells: [String], line: Int, columns: TableColumns) {
        // `| Files | `a`, `b` |`, `| Branch | `task/a` |`: a row whose first cell is a label.
        if let first = cells.first, cells.count >= 2, !columns.roles.contains(where: Self.holdsPaths) {
            let label = BoldLabel(name: HeadingText.plain(first), value: cells.dropFirst().joined(separator: ", "))
            if let field = AgentField.parse(label) { return apply(field) }
            if let access = SectionClassifier.classify(label.name) {
                return add(ItemExtractor.candidates(inCell: label.value), access: access, line: line)
            }
        }
        for (index, cell) in cells.enumerated() {
            switch columns.role(at: index) {
            case .paths(let access): add(ItemExtractor.candidates(inCell: cell), access: access, line: line)
            case .file: add(ItemExtractor.candidates(inCell: cell), access: effectiveAccess ?? .write, line: line)
            default: break
            }
        }
    }

    private mutating func summaryRow(_ cells: [String], line: Int, columns: TableColumns) {
        var agentCell: String?
        var ownerCell: String?
        var claim = SummaryClaim(agentRef: "", definesAgent: false, line: line)
        var pathCells: [(cell: String, access: Access?)] = []
        var accessText = ""
        for (index, cell) in cells.enumerated() {
            switch columns.role(at: index) {
            case .agent: agentCell = cell
            case .owner: ownerCell = cell
            case .id: claim.explicitId = Self.firstWord(cell)
            case .wave: claim.waves = WaveList.parse(Self.dropWaveWord(HeadingText.plain(cell)))
            case .branch: claim.branch = Self.firstWord(cell)
            case .paths(let access): pathCells.append((cell, access))
            case .file: pathCells.append((cell, nil))
            case .access: accessText = cell.lowercased()
            case .alias: claim.alias = HeadingText.plain(cell)
            case .other: break
            }
        }
        let fileAccess = Self.access(accessText) ?? .write
        let references: [(String, Bool)] = if let agentCell {
            [(agentCell, columns.definesAgents)]
        } else {
            Self.splitOwners(ownerCell ?? "").map { ($0, false) }
        }
        for (reference, defines) in references where !HeadingText.plain(reference).isEmpty {
            var byAccess: [Access: [ItemExtractor.Candidate]] = [:]
            for (cell, access) in pathCells {
                byAccess[access ?? fileAccess, default: []] += ItemExtractor.candidates(inCell: cell)
            }
            var base = claim
            base.agentRef = reference
            base.definesAgent = defines
            base.inAgentColumn = agentCell != nil
            if byAccess.isEmpty { claims.append(base) }
            for access in Access.allCases {
                guard let candidates = byAccess[access] else { continue }
                var one = base
                one.access = access
                one.candidates = candidates
                claims.append(one)
            }
        }
    }

    private static func holdsPaths(_ role: TableColumns.Role) -> Bool {
        if case .paths = role { return true }
        return role == .file
    }

    /// `Agent 1, Agent 2`, `a<br>b`, `A & B`: an owner cell may name several agents.
    static func splitOwners(_ cell: String) -> [String] {
        cell.replacing("<br>", with: ",").replacing("&", with: ",").replacing(" and ", with: ",")
            .split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// `READ ONLY`, `Write`, `append only`: the access an Access column gives a row's files.
    static func access(_ text: String) -> Access? {
        guard !text.isEmpty else { return nil }
        if let access = SectionClassifier.classify(text) { return access }
        if text.containsWord("write") || text.containsWord("create") { return .write }
        return text.containsWord("read") ? .read : nil
    }

    static func firstWord(_ cell: String) -> String? {
        HeadingText.plain(cell).split(separator: " ").first.map { $0.trimmingCharacters(in: ",;") }
    }

    static func dropWaveWord(_ text: String) -> Substring {
        let lower = text.lowercased()
        if lower.hasPrefix("wave") { return lower.dropFirst(4) }
        return LabelVocabulary.afterWaveWord(lower) ?? Substring(lower)
    }
}
