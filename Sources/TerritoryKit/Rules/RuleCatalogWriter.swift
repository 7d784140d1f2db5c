import Foundation

/// Writes the rule catalog as the reference page `docs/rules.md` and as JSON.
///
/// Both are written from the same `RuleDescription`s that `territory rules` and the SARIF rules
/// list print, so the published reference cannot drift from what the checker does; a test compares
/// the page in the repository with `markdown()`.
public struct RuleCatalogWriter: Sendable {
    public static let schemaVersion = 1

    public init() {}

    /// The reference page: a title, how the page is made, a summary table, then one section per
    /// rule with the fixed headings every rule documents (what it does, why it matters, example,
    /// fix), in catalog order.
    public func markdown(_ rules: [RuleDescription] = RuleCatalog.descriptions) -> String {
        var table = MarkdownTable([("rule", .left), ("default severity", .left), ("what it does", .left)])
        for rule in rules {
            table.append(["[\(MarkdownTable.code(rule.id))](#\(rule.id))", rule.defaultSeverity.rawValue, MarkdownTable.text(rule.what)])
        }
        var lines = [
            "# Rules",
            "",
            "Every rule territory applies, with what it does, why it matters, an example and the fix. "
                + "This page is generated from the rule catalog in the code by "
                + "`territory rules --format markdown > docs/rules.md` (or "
                + "`RECORD_RULES_PAGE=1 swift test --filter RulesPageTests`); do not edit it by hand. "
                + "A test fails when it differs from the catalog. Severities are the defaults: "
                + "an `error` blocks (exit 1), a `warning` or a `note` is reported and does not. "
                + "Findings a command reports outside this catalog (`plan-untrusted`, the waiver notes, "
                + "the plan reader's diagnostics) are described in the [guide](guide.md).",
            "",
            table.rendered,
        ]
        for rule in rules {
            lines += [
                "## \(rule.id)",
                "",
                "Default severity: **\(rule.defaultSeverity.rawValue)**.",
                "",
                "### What it does", "", rule.what, "",
                "### Why it matters", "", rule.why, "",
                "### Example", "", rule.example, "",
                "### Fix", "", rule.fix, "",
            ]
        }
        return lines.joined(separator: "\n")
    }

    /// `{"schemaVersion":1,"rules":[{"id","defaultSeverity","what","why","example","fix"}]}`, in
    /// catalog order, keys sorted, with a final newline.
    public func json(_ rules: [RuleDescription] = RuleCatalog.descriptions) -> String {
        let document = CatalogDocument(schemaVersion: Self.schemaVersion, rules: rules.map(CatalogEntry.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and integers cannot fail; the fallback keeps this below the command
        // layer free of traps.
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// The JSON document: a version, then the rules.
private struct CatalogDocument: Encodable {
    var schemaVersion: Int
    var rules: [CatalogEntry]
}

/// One rule in the JSON document, with the severity as its name.
private struct CatalogEntry: Encodable {
    var id: String
    var defaultSeverity: String
    var what: String
    var why: String
    var example: String
    var fix: String

    init(_ rule: RuleDescription) {
        id = rule.id
        defaultSeverity = rule.defaultSeverity.rawValue
        what = rule.what
        why = rule.why
        example = rule.example
        fix = rule.fix
    }
}
