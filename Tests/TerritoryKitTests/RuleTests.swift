import Testing
import TerritoryKit

/// Each path rule, positive and negative, and the precedence between them.
@Suite struct RuleTests {
    @Test func ownPathsAreClean() {
        #expect(RuleFixture.check("api-agent", [RuleFixture.modified("src/api/routes.py"), ChangedPath(status: .added, path: "src/api/new/x.py")]).isEmpty)
        #expect(RuleFixture.check("ui-agent", [RuleFixture.modified("src/shared/types.ts")]).isEmpty)
    }

    @Test func outsideTerritoryNamesOwnersAndTheirLine() throws {
        let finding = try #require(RuleFixture.check("api-agent", [RuleFixture.modified("src/ui/App.tsx")]).first)
        #expect(finding.rule == OutsideTerritoryRule.description.id)
        #expect(finding.owners == ["ui-agent"])
        #expect(finding.plan == SourceLocation(file: RuleFixture.file, line: 14))
        #expect(finding.severity == .error)
        #expect(finding.agent == "api-agent")
    }

    @Test func exclusionRemovesPathFromOwnTerritory() throws {
        let finding = try #require(RuleFixture.check("api-agent", [RuleFixture.modified("src/api/generated/client.ts")]).first)
        #expect(finding.rule == "outside-territory")
        #expect(finding.plan?.line == 16)
        #expect(RuleFixture.check("ui-agent", [RuleFixture.modified("src/api/generated/client.ts")]).isEmpty)
    }

    @Test func unownedPathPointsAtTheAgentsSection() throws {
        let finding = try #require(RuleFixture.check("docs-agent", [ChangedPath(status: .added, path: "scripts/x.sh")]).first)
        #expect(finding.rule == UnownedPathRule.description.id)
        #expect(finding.owners.isEmpty)
        #expect(finding.plan?.line == 18)
    }

    @Test func readOnlyBeatsOtherOwnersAndForbiddenIsReadOnly() {
        let readOnly = RuleFixture.check("api-agent", [RuleFixture.modified("src/shared/types.ts")])
        #expect(readOnly.map(\.rule) == [ReadOnlyPathRule.description.id])
        #expect(readOnly.first?.plan?.line == 8)
        #expect(readOnly.first?.owners == ["ui-agent"])
        let forbidden = RuleFixture.check("api-agent", [ChangedPath(status: .deleted, path: "secrets/key.pem")])
        #expect(forbidden.map(\.rule) == ["read-only-path"])
        #expect(forbidden.first?.plan?.line == 10)
        #expect(forbidden.first?.message.contains("forbids") == true)
    }

    @Test func readOnlyEntryOfAnotherAgentDoesNotFire() {
        #expect(RuleFixture.check("docs-agent", [RuleFixture.modified("src/shared/types.ts")]).map(\.rule) == ["outside-territory"])
    }

    @Test func sharedPathIsNotACrossing() {
        #expect(RuleFixture.check("docs-agent", [RuleFixture.modified("CHANGELOG.md")]).isEmpty)
        #expect(RuleFixture.check("api-agent", [RuleFixture.modified("CHANGELOG.md")]).map(\.rule) == ["unowned-path"])
    }

    @Test func planEditsArePlanModifiedWhateverTheOwnership() {
        let findings = RuleFixture.check("docs-agent", [
            RuleFixture.modified(RuleFixture.file), ChangedPath(status: .added, path: "plans/demo/integration-contracts/x.md"),
        ])
        #expect(findings.map(\.rule) == ["plan-modified", "plan-modified"])
        #expect(RuleFixture.check("docs-agent", [RuleFixture.modified("plans/other.md")]).map(\.rule) == ["unowned-path"])
    }

    @Test func renameIsJudgedOnBothSides() {
        let away = RuleFixture.check("api-agent", [ChangedPath(status: .renamed, path: "src/api/App.tsx", oldPath: "src/ui/App.tsx")])
        #expect(away.map(\.path) == ["src/ui/App.tsx"])
        #expect(away.first?.rename == Rename(from: "src/ui/App.tsx", to: "src/api/App.tsx"))
        #expect(away.first?.message.contains("renamed away from") == true)
        let into = RuleFixture.check("api-agent", [ChangedPath(status: .renamed, path: "src/ui/x.py", oldPath: "src/api/x.py")])
        #expect(into.map(\.path) == ["src/ui/x.py"])
        #expect(RuleFixture.check("api-agent", [ChangedPath(status: .renamed, path: "src/api/b.py", oldPath: "src/api/a.py")]).isEmpty)
    }

    @Test func unknownAgentGetsNoFindings() {
        #expect(RuleFixture.check("nobody", [RuleFixture.modified("src/ui/App.tsx")]).isEmpty)
    }

    @Test func everyRuleIsDocumented() {
        for rule in RuleCatalog.descriptions {
            #expect(!rule.what.isEmpty && !rule.why.isEmpty && !rule.example.isEmpty && !rule.fix.isEmpty, "\(rule.id)")
        }
        #expect(RuleCatalog.pathRules.map { type(of: $0).description.id } == ["plan-modified", "read-only-path", "outside-territory", "unowned-path"])
        #expect(Set(RuleCatalog.descriptions.map(\.id)).count == RuleCatalog.descriptions.count, "rule ids are unique")
    }
}
