import Foundation

/// SARIF 2.1.0, for GitHub code scanning and any other SARIF viewer (DESIGN §7).
///
/// One run; the rules come from `RuleCatalog` so the help shown beside an alert is the same text
/// `territory rules` prints. Each result points at the changed path (relative to `%SRCROOT%`)
/// and, as a related location, at the plan line that decided. `partialFingerprints` hash only
/// rule, agent and path (see `Fingerprint`) so alerts survive reworded messages and edited plans.
public struct SarifReporter: Reporter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    static let srcRoot = "%SRCROOT%"

    public let toolVersion: String
    /// Where a reader learns about territory; omitted when nil (the field is optional in SARIF).
    public let informationUri: String?
    public let catalog: [RuleDescription]

    public init(toolVersion: String, informationUri: String? = nil, catalog: [RuleDescription] = RuleCatalog.descriptions) {
        self.toolVersion = toolVersion
        self.informationUri = informationUri
        self.catalog = catalog
    }

    public func render(_ report: Report) -> String {
        let rules = SarifRules(catalog: catalog, findings: report.findings)
        var driver: [String: Any] = [
            "name": "territory", "version": toolVersion, "semanticVersion": toolVersion, "rules": rules.objects,
        ]
        if let informationUri { driver["informationUri"] = informationUri }
        var properties: [String: Any] = ["command": report.command, "planFile": report.planFile, "planSource": report.planSource]
        if let base = report.base { properties["base"] = base }
        if !report.notes.isEmpty { properties["notes"] = report.notes }
        let run: [String: Any] = [
            "tool": ["driver": driver],
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": [Self.srcRoot: ["description": ["text": "The root of the checked repository."]]],
            "results": report.findings.map { result($0, rules: rules, command: report.command) },
            "properties": properties,
        ]
        return JSONText.render(["$schema": Self.schema, "version": "2.1.0", "runs": [run]])
    }

    private func result(_ finding: Finding, rules: SarifRules, command: String) -> [String: Any] {
        let anchor = FindingAnchor(finding, command: command)
        var properties: [String: Any] = ["owners": finding.owners]
        // A plan finding is located on its plan line; what it is about (a pattern, a folder)
        // stays readable here.
        if anchor.file != finding.path { properties["path"] = finding.path }
        if let agent = finding.agent { properties["agent"] = agent }
        if let rename = finding.rename { properties["rename"] = ["from": rename.from, "to": rename.to] }
        var result: [String: Any] = [
            "ruleId": finding.rule,
            "level": finding.severity.rawValue,
            "message": ["text": "\(finding.message). Fix: \(finding.hint)."],
            // Code scanning needs a line to anchor an alert: line 1 of a changed file (the
            // finding is about the whole file), or the plan line of a plan finding.
            "locations": [["physicalLocation": Self.physical(anchor.file, line: anchor.line)]],
            "partialFingerprints": [Fingerprint.key: Fingerprint.of(finding)],
            "properties": properties,
        ]
        if let index = rules.index(of: finding.rule) { result["ruleIndex"] = index }
        if let plan = finding.plan, !anchor.isPlanLine(of: finding) {
            result["relatedLocations"] = [[
                "id": 1,
                "physicalLocation": Self.physical(plan.file, line: plan.line),
                "message": ["text": "the plan line that decided (\(plan))"],
            ] as [String: Any]]
        }
        return result
    }

    private static func physical(_ path: String, line: Int) -> [String: Any] {
        [
            "artifactLocation": ["uri": uri(path), "uriBaseId": srcRoot],
            "region": ["startLine": max(line, 1)],
        ]
    }

    /// A repository-relative path as a relative URI reference: percent-encoded, and with `:`
    /// encoded too so a first segment like `c:` can never read as a URI scheme.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(":")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
