import Testing
@testable import TerritoryKit

/// Entries that are malformed or too wide are errors that name their line, never dropped and
/// never guessed; an exclusion with a space after `!` is still an exclusion.
@Suite struct PlanEntryValidityTests {
    static let file = "plans/x/agent-assignments.md"

    func read(_ text: String) -> Plan { PlanReader().read(text: text, file: Self.file) }

    func plan(territory lines: [String]) -> Plan {
        read((["## Agent 1: api-agent", "### Territory", "- `src/api/**`"] + lines).joined(separator: "\n"))
    }

    @Test(arguments: ["- ! src/api/generated/**", "- `! src/api/generated/**`", "- ! `src/api/generated/**`", "- `!src/api/generated/**`"])
    func spacedExclusionIsAnExclusion(line: String) {
        let plan = plan(territory: [line])
        #expect(plan.agents.first?.entries.map(\.pattern) == ["src/api/**", "!src/api/generated/**"])
        #expect(plan.diagnostics.isEmpty, "\(plan.diagnostics)")
    }

    @Test func spacedExclusionInATerritoryBlock() {
        let plan = read("```territory\nagent: api-agent\nwrite: src/api/**, ! src/api/gen/**\n```")
        #expect(plan.agents.first?.entries.map(\.pattern) == ["src/api/**", "!src/api/gen/**"])
    }

    @Test(arguments: [
        ("- !", "`!` alone"),
        ("- `!`", "`!` alone"),
        ("- `[`", "unbalanced bracket"),
        ("- `]x`", "unbalanced bracket"),
        ("- `{a,`", "no partner"),
        ("- `src/{api,ui/`", "no partner"),
        ("- `**`", "whole repository"),
        ("- **", "whole repository"),
        ("- `**/*`", "whole repository"),
        ("- `/**`", "whole repository"),
        ("- `./*`", "whole repository"),
        ("- `src//x.ts`", "empty path segment"),
        ("- `!~/secrets/`", "exclusion territory cannot read"),
        ("- `!{module}/x`", "exclusion territory cannot read"),
        ("- `! src/a b`", "exclusion with spaces"),
    ])
    func invalidEntriesAreErrors(line: String, reason: String) throws {
        let plan = plan(territory: [line])
        #expect(plan.agents.first?.entries.map(\.pattern) == ["src/api/**"], "no entry from \(line)")
        let diagnostic = try #require(plan.diagnostics.first, "\(line) must not be dropped silently")
        #expect(plan.diagnostics.count == 1)
        #expect(diagnostic.code == "invalid-pattern")
        #expect(diagnostic.severity == .error && diagnostic.isFatal)
        #expect(diagnostic.location == SourceLocation(file: Self.file, line: 4))
        #expect(diagnostic.message.contains(reason), "\(diagnostic.message)")
    }

    @Test func bracketsInsideAPathStayLiteral() {
        let plan = plan(territory: ["- `app/(auth)/[id]/page.tsx`", "- `src/[legacy/x.ts`"])
        #expect(plan.agents.first?.entries.map(\.pattern) == ["src/api/**", "app/(auth)/[id]/page.tsx", "src/[legacy/x.ts"])
        #expect(plan.diagnostics.isEmpty)
    }

    @Test func proseAfterAnExclamationMarkIsNotAnExclusion() {
        let plan = plan(territory: ["- ! important: keep the API stable"])
        #expect(plan.agents.first?.entries.map(\.pattern) == ["src/api/**"])
        #expect(!plan.diagnostics.contains { $0.isFatal })
    }

    @Test func invalidEntryInATerritoryBlockIsAnError() {
        let plan = read("```territory\nagent: api-agent\nwrite: src/api/**, **\n```")
        #expect(plan.agents.first?.entries.map(\.pattern) == ["src/api/**"])
        #expect(plan.diagnostics.map(\.code) == ["invalid-pattern"])
        #expect(plan.diagnostics.first?.isFatal == true)
        #expect(plan.diagnostics.first?.location.line == 3)
    }

    @Test func lintReportsInvalidEntriesAsErrors() throws {
        let plan = plan(territory: ["- `{a,`", "- `**`"])
        let findings = Linter(plan: plan).lint(files: ["src/api/x.ts"])
        let invalid = findings.filter { $0.rule == "invalid-pattern" }
        #expect(invalid.map(\.plan?.line) == [4, 5])
        #expect(invalid.allSatisfy { $0.severity == .error })
        #expect(invalid.first?.hint == LintRules.invalidPattern.fix)
    }

    @Test func lintReportsPatternsThatDoNotCompileAsErrors() {
        let agent = Agent(id: "a", name: "a", location: SourceLocation(file: Self.file, line: 1), entries: [
            Entry(pattern: "src/{a,b", access: .write, location: SourceLocation(file: Self.file, line: 2)),
        ])
        let findings = Linter(plan: Plan(file: Self.file, agents: [agent])).lint(files: [])
        #expect(findings.first { $0.rule == "invalid-pattern" }?.severity == .error)
    }
}
