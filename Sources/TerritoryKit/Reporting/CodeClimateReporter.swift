/// GitLab Code Quality (`artifacts: reports: codequality`): a JSON array of Code Climate
/// issues, which GitLab shows in the merge request widget and on the changed lines.
///
/// GitLab reads `description`, `check_name`, `fingerprint`, `severity`, `location.path` and
/// `location.lines.begin` and ignores the rest (https://docs.gitlab.com/ci/testing/code_quality/
/// #code-quality-report-format); `type` and `categories` are there for other Code Climate
/// consumers. The format has no room for a version, so this is the one JSON document without
/// `schemaVersion`: its shape is GitLab's, checked against `docs/schema/gitlab-codequality.schema.json`.
public struct CodeClimateReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        JSONText.render(report.findings.map { issue($0, command: report.command) })
    }

    private func issue(_ finding: Finding, command: String) -> [String: Any] {
        let anchor = FindingAnchor(finding, command: command)
        var description = finding.message
        if let plan = finding.plan { description += " (plan: \(plan))" }
        description += ". Fix: \(finding.hint)"
        return [
            "type": "issue",
            "check_name": finding.rule,
            "description": description,
            "categories": ["Bug Risk"],
            "severity": Self.severity(finding.severity),
            "fingerprint": Self.fingerprint(finding),
            "location": ["path": anchor.file, "lines": ["begin": anchor.line]] as [String: Any],
        ]
    }

    /// Errors block the merge, so they are GitLab's `blocker`; warnings `minor`; notes `info`.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "blocker"
        case .warning: "minor"
        case .note: "info"
        }
    }

    /// GitLab keeps one issue per fingerprint, so the other agent of a pairwise finding is part
    /// of it (SARIF's fingerprint leaves it out, to keep alerts stable across uploads).
    static func fingerprint(_ finding: Finding) -> String {
        Fingerprint.hex(Fingerprint.fnv1a64(
            ["codeclimate", finding.rule, finding.agent ?? "", finding.path, finding.otherAgent ?? ""].joined(separator: "\u{0}")))
    }
}
