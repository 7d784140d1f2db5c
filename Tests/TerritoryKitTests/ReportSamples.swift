import TerritoryKit

/// Reports beyond the shared golden one, for the cases it does not reach: warnings and notes, a
/// rule outside the catalog, a plan-level finding without an agent, hostile characters in paths
/// and messages, and more findings than GitHub will annotate.
enum ReportSamples {
    /// Every severity, a catalog rule and a command-level rule, and paths with the characters each
    /// format must escape (`%`, `,`, `:`, `|`, `<`, `&`, quotes, newlines, a control byte).
    static let mixed = Report(
        command: "gate", planFile: RuleFixture.file, planSource: "main@1234567", base: "main",
        agents: [
            CheckedAgent(id: "api-agent", branch: "agent/api-agent", mapping: "pattern agent/{id}", mergeBase: "1234567", changedPaths: 2),
        ],
        findings: [
            Finding(rule: "plan-untrusted", severity: .warning, agent: nil, path: RuleFixture.file,
                    message: "main has no plan yet, so the plan was read from the branch being checked",
                    plan: SourceLocation(file: RuleFixture.file, line: 1), hint: "merge the plan into main first"),
            Finding(rule: "outside-territory", severity: .error, agent: "api-agent", path: "src/ui/100%, a:b|c <d> & \"e\".tsx",
                    owners: ["ui-agent"], message: "changed it,\nacross two lines: 50% done\r\nand a bell \u{07}",
                    plan: SourceLocation(file: RuleFixture.file, line: 14), hint: "revert it (`git checkout <base> -- x`)"),
            Finding(rule: "stale-base", severity: .note, agent: "api-agent", path: "src/api/x.py",
                    message: "the branch does not contain main", plan: nil, hint: "rebase onto main"),
        ],
        notes: ["not an agent branch: main"])

    /// `count` findings of each severity for one agent, to exercise GitHub's per-step cap.
    static func many(_ count: Int, of severities: [Severity]) -> Report {
        let findings = severities.flatMap { severity in
            (0..<count).map { index in
                Finding(rule: "outside-territory", severity: severity, agent: "api-agent",
                        path: "src/ui/\(severity.rawValue)-\(index).ts", owners: ["ui-agent"], message: "changed it",
                        plan: SourceLocation(file: RuleFixture.file, line: 14), hint: "revert it")
            }
        }
        return Report(command: "check", planFile: RuleFixture.file, planSource: "main@1234567", base: "main",
                      agents: [], findings: findings)
    }
}
