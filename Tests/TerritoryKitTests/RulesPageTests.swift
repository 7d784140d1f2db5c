import Foundation
import Testing
import TerritoryKit

/// `docs/rules.md` is generated from the rule catalog; these tests keep the page and the code in
/// step. `RECORD_RULES_PAGE=1 swift test --filter RulesPageTests` rewrites the page; review the diff.
@Suite struct RulesPageTests {
    static let page = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/rules.md")

    @Test func pageMatchesTheCatalog() throws {
        let generated = RuleCatalogWriter().markdown()
        if ProcessInfo.processInfo.environment["RECORD_RULES_PAGE"] == "1" {
            try Data(generated.utf8).write(to: Self.page)
        }
        let regenerate = "regenerate it: RECORD_RULES_PAGE=1 swift test --filter RulesPageTests "
            + "(or territory rules --format markdown > docs/rules.md), and review the diff"
        guard let onDisk = try? String(contentsOf: Self.page, encoding: .utf8) else {
            Issue.record("no \(Self.page.path); \(regenerate)")
            return
        }
        // Issue.record rather than #expect: the message names the first differing line instead of
        // printing both pages whole.
        if onDisk != generated {
            Issue.record("docs/rules.md differs from the rule catalog\(Self.firstDifference(onDisk, generated)); \(regenerate)")
        }
    }

    @Test func everyRuleHasItsOwnSectionWithTheFixedHeadings() {
        let lines = RuleCatalogWriter().markdown().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let headings = lines.filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(headings == RuleCatalog.descriptions.map(\.id))
        let fixed = ["### What it does", "### Why it matters", "### Example", "### Fix"]
        #expect(lines.filter { fixed.contains($0) }.count == fixed.count * RuleCatalog.descriptions.count)
        for id in RuleCatalog.descriptions.map(\.id) {
            #expect(lines.contains { $0.hasPrefix("| [`\(id)`](#\(id)) |") }, "\(id) is missing from the summary table")
        }
    }

    @Test func jsonListsTheCatalogInOrder() throws {
        let text = RuleCatalogWriter().json()
        let document = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
        #expect(document.schemaVersion == 1)
        #expect(document.rules.map(\.id) == RuleCatalog.descriptions.map(\.id))
        for (decoded, rule) in zip(document.rules, RuleCatalog.descriptions) {
            #expect(decoded.defaultSeverity == rule.defaultSeverity.rawValue && decoded.what == rule.what)
            #expect(decoded.why == rule.why && decoded.example == rule.example && decoded.fix == rule.fix)
        }
        let keys = ["\"defaultSeverity\"", "\"example\"", "\"fix\"", "\"id\"", "\"what\"", "\"why\""]
        let offsets = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(offsets.count == keys.count && offsets == offsets.sorted(), "keys are not sorted")
        #expect(text.hasSuffix("}\n"))
    }

    @Test func summaryCellsAreEscaped() {
        let rule = RuleDescription(id: "x-rule", defaultSeverity: .warning, what: "a | b\nc", why: "w", example: "e", fix: "f")
        let page = RuleCatalogWriter().markdown([rule])
        #expect(page.contains("| [`x-rule`](#x-rule) | warning | a \\| b c |"))
    }

    private struct Document: Decodable {
        var schemaVersion: Int
        var rules: [Rule]
    }

    private struct Rule: Decodable {
        var id, defaultSeverity, what, why, example, fix: String
    }

    /// Where two texts first differ, as a line number and both lines, so the failure says what moved.
    private static func firstDifference(_ old: String, _ new: String) -> String {
        let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false)
        let newLines = new.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(oldLines.count, newLines.count) {
            let before = index < oldLines.count ? String(oldLines[index]) : "(end of file)"
            let after = index < newLines.count ? String(newLines[index]) : "(end of file)"
            if before != after { return " at line \(index + 1): page has \"\(before)\", catalog gives \"\(after)\"" }
        }
        return ""
    }
}
