/// `territory lint`: the plan checked against itself and against the files of a tree, before
/// any agent starts. Pure: it reads a plan and a file list and returns findings.
public struct Linter: Sendable {
    public let map: TerritoryMap
    private let scope: PlanScope

    public init(plan: Plan) {
        map = TerritoryMap(plan: plan)
        scope = PlanScope(plan: plan)
    }

    /// `more` are findings about the same plan from elsewhere (its contracts); when the plan is
    /// ahead of the code, the warnings that only say so are summed up with the plan's own.
    public func lint(files: [String], more: [Finding] = []) -> [Finding] {
        let tracked = files.filter { !scope.contains($0) }
        let scan = CoverageScan(map: map, files: tracked)
        var overlaps = OverlapFinder(map: map, files: Set(tracked))
        let unmatched = scan.unmatchedFindings()
        let findings = diagnostics(aheadOfTheCode: scan.isAheadOfTheCode) + noTerritory() + invalidPatterns() + overlaps.findings(scan.overlaps)
            + scan.unownedFindings() + unmatched + more
        return scan.isAheadOfTheCode ? BeforeTheCode.collapse(findings) : findings
    }

    /// What the reader noticed, as findings: the rule is the diagnostic's code. More than two
    /// warnings of one code are one finding: the first, and the lines of the others.
    /// Ahead of the code, the warnings `BeforeTheCode` sums up are left to it.
    private func diagnostics(aheadOfTheCode: Bool) -> [Finding] {
        var findings: [Finding] = []
        var warnings: [String: [PlanDiagnostic]] = [:]
        var codes: [String] = []
        for diagnostic in map.plan.diagnostics {
            if diagnostic.severity.asSeverity == .warning, !(aheadOfTheCode && BeforeTheCode.rules.contains(diagnostic.code)) {
                if warnings[diagnostic.code] == nil { codes.append(diagnostic.code) }
                warnings[diagnostic.code, default: []].append(diagnostic)
            } else {
                findings.append(finding(diagnostic))
            }
        }
        for code in codes {
            guard let group = warnings[code] else { continue }
            guard group.count > 2 else {
                findings += group.map(finding)
                continue
            }
            var summary = finding(group[0])
            let lines = group.dropFirst().map { String($0.location.line) }.joined(separator: ", ")
            summary.message += " (and \(group.count - 1) more like it, lines \(lines))"
            findings.append(summary)
        }
        return findings
    }

    private func finding(_ diagnostic: PlanDiagnostic) -> Finding {
        Finding(
            rule: diagnostic.code, severity: diagnostic.severity.asSeverity, agent: nil, path: diagnostic.location.file,
            message: diagnostic.message, plan: diagnostic.location, hint: Self.hint(for: diagnostic.code))
    }

    private func noTerritory() -> [Finding] {
        guard !map.plan.agents.contains(where: \.hasTerritory) else { return [] }
        let count = map.plan.agents.count == 1 ? "its one agent has" : "none of its \(map.plan.agents.count) agents has"
        return [Finding(
            rule: LintRules.noTerritory.id, severity: LintRules.noTerritory.defaultSeverity, agent: nil, path: map.plan.file,
            message: "no agent has a territory: \(count) a write entry", plan: SourceLocation(file: map.plan.file, line: 1),
            hint: LintRules.noTerritory.fix)]
    }

    private func invalidPatterns() -> [Finding] {
        map.invalidEntries.map { match, error in
            Finding(
                rule: LintRules.invalidPattern.id, severity: LintRules.invalidPattern.defaultSeverity, agent: match.agentID,
                path: match.entry.pattern, message: error.message, plan: match.entry.location, hint: LintRules.invalidPattern.fix)
        }
    }

    private static func hint(for code: String) -> String {
        LintRules.all.first { $0.id == code }?.fix ?? "see `territory show` for how the plan was read"
    }
}
