import Testing
import TerritoryKit

/// One finding per path and agent: the strongest rule speaks.
@Suite struct FindingPrecedenceTests {
    static func finding(_ rule: String, _ path: String, agent: String? = "api-agent") -> Finding {
        Finding(rule: rule, severity: .error, agent: agent, path: path, message: rule, plan: nil, hint: "")
    }

    @Test func planModifiedBeatsContractFrozen() {
        let kept = FindingPrecedence.strongest([Self.finding("contract-frozen", "plan/c.md"), Self.finding("plan-modified", "plan/c.md")])
        #expect(kept.map(\.rule) == ["plan-modified"])
    }

    @Test func aTerritoryFindingBeatsContractImport() {
        let kept = FindingPrecedence.strongest([Self.finding("contract-import", "src/ui/a.py"), Self.finding("outside-territory", "src/ui/a.py")])
        #expect(kept.map(\.rule) == ["outside-territory"])
    }

    @Test func otherPathsAgentsAndRulesPassUntouched() {
        let findings = [
            Self.finding("contract-import", "src/a.py"), Self.finding("outside-territory", "src/b.py"),
            Self.finding("contract-import", "src/b.py", agent: "ui-agent"), Self.finding("merge-conflict", "src/b.py"),
            Self.finding("plan-untrusted", "plan.md", agent: nil),
        ]
        #expect(FindingPrecedence.strongest(findings) == findings)
    }
}
