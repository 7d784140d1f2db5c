/// A plan written before the code: most entries match nothing, so every bare name is unknown and
/// every file a contract anchors is missing. Those warnings only say so: each rule's findings
/// become one note with the count and a few examples.
enum BeforeTheCode {
    /// Rules whose warnings only repeat that the code does not exist yet.
    static let rules = ["bare-name", "contract-missing-file"]

    static func collapse(_ findings: [Finding]) -> [Finding] {
        var kept: [Finding] = []
        var collapsed: [String: [Finding]] = [:]
        for finding in findings {
            if rules.contains(finding.rule), finding.severity == .warning {
                collapsed[finding.rule, default: []].append(finding)
            } else {
                kept.append(finding)
            }
        }
        for rule in rules {
            guard let group = collapsed[rule] else { continue }
            let examples = Array(Set(group.map { "`\($0.path)`" })).sorted().prefix(3).joined(separator: ", ")
            kept.append(Finding(
                rule: rule, severity: .note, agent: nil, path: group[0].path,
                message: "\(group.count) \(rule) warning\(group.count == 1 ? "" : "s") (\(examples), …), expected while the plan is ahead of the code; "
                    + "lint again once the files exist",
                plan: group[0].plan, hint: group[0].hint))
        }
        return kept
    }
}
