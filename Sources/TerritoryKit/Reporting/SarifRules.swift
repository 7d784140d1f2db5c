/// The `tool.driver.rules` of a SARIF run, and the index each result points into.
///
/// Code scanning shows a rule's descriptions and help beside every alert, so every rule the
/// catalog documents is listed, in catalog order, whether or not it fired — the run then says
/// what was checked, not only what failed. Findings from outside the catalog (the command's own
/// `plan-untrusted` warning) still need a `ruleIndex`, so their ids are appended, sorted, with
/// a short stand-in description.
struct SarifRules: Sendable {
    let descriptions: [RuleDescription]
    /// Rule ids that appear in findings but not in the catalog, with the severity they had.
    let extras: [(id: String, level: Severity)]

    init(catalog: [RuleDescription], findings: [Finding]) {
        descriptions = catalog
        let known = Set(catalog.map(\.id))
        var seen: [String: Severity] = [:]
        for finding in findings where !known.contains(finding.rule) {
            seen[finding.rule] = min(seen[finding.rule] ?? finding.severity, finding.severity)
        }
        extras = seen.sorted { $0.key < $1.key }.map { (id: $0.key, level: $0.value) }
    }

    var ids: [String] { descriptions.map(\.id) + extras.map(\.id) }

    func index(of rule: String) -> Int? { ids.firstIndex(of: rule) }

    /// The `reportingDescriptor` objects, in `ids` order.
    var objects: [[String: Any]] {
        descriptions.map(Self.object) + extras.map { extra in
            let text = "Reported by the territory command itself; see `territory rules`."
            return [
                "id": extra.id,
                "shortDescription": ["text": extra.id],
                "fullDescription": ["text": text],
                "help": ["text": text, "markdown": text],
                "defaultConfiguration": ["level": extra.level.rawValue],
            ] as [String: Any]
        }
    }

    private static func object(_ rule: RuleDescription) -> [String: Any] {
        let text = "\(rule.what)\n\nWhy: \(rule.why)\n\nExample: \(rule.example)\n\nFix: \(rule.fix)"
        let markdown = """
            \(rule.what)

            **Why it matters.** \(rule.why)

            **Example.** \(rule.example)

            **Fix.** \(rule.fix)
            """
        return [
            "id": rule.id,
            "shortDescription": ["text": rule.what],
            "fullDescription": ["text": "\(rule.what) \(rule.why)"],
            "help": ["text": text, "markdown": markdown],
            "defaultConfiguration": ["level": rule.defaultSeverity.rawValue],
            "properties": ["tags": ["territory"]],
        ]
    }
}
