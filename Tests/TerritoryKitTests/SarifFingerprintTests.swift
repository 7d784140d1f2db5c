import Testing
@testable import TerritoryKit

/// `partialFingerprints` decide whether code scanning sees the same alert or a new one, so they
/// must depend on rule, agent and path only.
@Suite struct SarifFingerprintTests {
    static let finding = Finding(
        rule: "outside-territory", severity: .error, agent: "api-agent", path: "src/ui/App.tsx", owners: ["ui-agent"],
        message: "changed it", plan: SourceLocation(file: "plan.md", line: 14), hint: "revert it")

    @Test func aRewordedMessageAMovedPlanLineOrANewOwnerKeepTheFingerprint() {
        var changed = Self.finding
        changed.message = "changed `src/ui/App.tsx`, which belongs to ui-agent"
        changed.hint = "move it"
        changed.plan = SourceLocation(file: "other-plan.md", line: 99)
        changed.owners = ["ui-agent", "web-agent"]
        changed.severity = .warning
        #expect(Fingerprint.of(changed) == Fingerprint.of(Self.finding))
    }

    @Test func aDifferentPathRuleOrAgentChangesIt() {
        var path = Self.finding
        path.path = "src/ui/Other.tsx"
        var rule = Self.finding
        rule.rule = "unowned-path"
        var agent = Self.finding
        agent.agent = "docs-agent"
        var planLevel = Self.finding
        planLevel.agent = nil
        let all = [Self.finding, path, rule, agent, planLevel].map(Fingerprint.of)
        #expect(Set(all).count == all.count)
    }

    @Test func fieldBoundariesCannotCollide() {
        var left = Self.finding
        left.agent = "api"
        left.path = "-agent/src/x"
        var right = Self.finding
        right.agent = "api-agent"
        right.path = "/src/x"
        #expect(Fingerprint.of(left) != Fingerprint.of(right))
    }

    @Test func theValueIsPinned() {
        // FNV-1a 64 reference vectors, and our golden value: a change here re-keys every alert
        // users have triaged, so it must be deliberate (bump `Fingerprint.key` with it).
        #expect(Fingerprint.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(Fingerprint.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Fingerprint.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
        #expect(Fingerprint.of(Self.finding) == "fc789c333ec9dc39")
        #expect(Fingerprint.key == "territory/v1")
        #expect(Fingerprint.hex(0xab) == "00000000000000ab")
    }

    @Test func theFingerprintIsInTheSarif() {
        let sarif = SarifReporter(toolVersion: "0").render(ReporterGoldenTests.report)
        #expect(sarif.contains("\"territory/v1\" : \"\(Fingerprint.of(Self.finding))\""))
    }
}
