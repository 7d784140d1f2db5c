import Testing
import TerritoryKit

/// Waivers: the syntax, the plan section, trailers, and how they change findings.
@Suite struct WaiverTests {
    static func finding(_ path: String, agent: String = "api-agent", rule: String = "outside-territory") -> Finding {
        Finding(rule: rule, severity: .error, agent: agent, path: path, owners: ["ui-agent"], message: "changed it",
                plan: SourceLocation(file: "p.md", line: 3), hint: "move it")
    }

    @Test func parsesQuotedAndBacktickedFields() throws {
        let waiver = try WaiverParser.parse(#"path=`src/ui/**` agent=api-agent expires=2030-01-31 reason="hotfix, see #12" rule=outside-territory"#,
                                            source: "p.md:9").get()
        #expect(waiver == Waiver(pattern: "src/ui/**", agent: "api-agent", rule: "outside-territory",
                                 reason: "hotfix, see #12", expires: "2030-01-31", source: "p.md:9"))
    }

    @Test func missingFieldsAndBadDatesAreProblems() {
        #expect(throws: WaiverProblem.self) { try WaiverParser.parse("path=src/ agent=a expires=2030-01-01", source: "x").get() }
        #expect(throws: WaiverProblem.self) { try WaiverParser.parse(#"path=src/ agent=a expires=soon reason="r""#, source: "x").get() }
    }

    @Test func planSectionAndTrailers() {
        let plan = """
            ## Agent 1: api-agent
            - `src/api/**`

            ## Waivers
            - path=src/ui/App.tsx agent=api-agent expires=2030-01-01 reason="shared login fix"
            - path=src/ui/x agent=api-agent reason="no date"

            ## Notes
            - path=ignored agent=a expires=2030-01-01 reason="not in the section"
            """
        let (waivers, invalid) = WaiverParser.parse(planText: plan, file: "p.md")
        #expect(waivers.map(\.source) == ["p.md:5"])
        #expect(invalid.map(\.location.line) == [6])
        let trailers = WaiverParser.parse(commitMessage: "fix\n\nTerritory-Waiver: path=a agent=b expires=2030-01-01 reason=\"r\"\n", commit: "abcdef123")
        #expect((try? trailers.first?.get())?.source == "commit abcdef1")
    }

    @Test func aWaiverForEveryPathIsRefused() {
        for pattern in ["**", "*", "**/*", "/**/", "`**`"] {
            #expect(throws: WaiverProblem.self, "\(pattern)") {
                try WaiverParser.parse("path=\(pattern) agent=a expires=2030-01-01 reason=\"r\"", source: "x").get()
            }
        }
    }

    @Test func planEditsAndFrozenPathsAreWaivedOnlyByTheirExactPath() {
        let plan = ".context-kit/orchestration/x/agent-assignments.md"
        let glob = Waiver(pattern: ".context-kit/**", agent: "api-agent", reason: "r", expires: "2030-01-01", source: "s")
        let exact = Waiver(pattern: plan, agent: "api-agent", reason: "r", expires: "2030-01-01", source: "s")
        let edit = Self.finding(plan, rule: "plan-modified")
        #expect(WaiverApplier(waivers: [glob], today: "2029-01-01").apply([edit]).map(\.severity) == [.error])
        #expect(WaiverApplier(waivers: [exact], today: "2029-01-01").apply([edit]).map(\.severity) == [.note])
        let frozen = Self.finding("src/storage/a.py", rule: "contract-frozen")
        let folder = Waiver(pattern: "src/storage/", agent: "api-agent", reason: "r", expires: "2030-01-01", source: "s")
        #expect(WaiverApplier(waivers: [folder], today: "2029-01-01").apply([frozen]).map(\.severity) == [.error])
    }

    @Test func validWaiverTurnsTheFindingIntoANote() {
        let waiver = Waiver(pattern: "src/ui/**", agent: "api-agent", reason: "hotfix", expires: "2030-01-01", source: "p.md:5")
        let result = WaiverApplier(waivers: [waiver], today: "2029-12-31").apply([Self.finding("src/ui/App.tsx"), Self.finding("docs/x")])
        #expect(result.map(\.severity) == [.note, .error])
        #expect(result[0].message.hasPrefix("waived until 2030-01-01 (p.md:5): hotfix"))
    }

    @Test func waiverWorksOnItsLastDayAndNotAfter() {
        let waiver = Waiver(pattern: "src/ui/", agent: "api-agent", reason: "r", expires: "2030-01-01", source: "s")
        #expect(WaiverApplier(waivers: [waiver], today: "2030-01-01").apply([Self.finding("src/ui/a")]).map(\.severity) == [.note])
        let expired = WaiverApplier(waivers: [waiver], today: "2030-01-02").apply([Self.finding("src/ui/a")])
        #expect(expired.map(\.rule) == ["outside-territory", "waiver-expired"])
        #expect(expired.map(\.severity) == [.error, .note])
    }

    @Test func waiverIsForOneAgentAndOptionallyOneRule() {
        let waiver = Waiver(pattern: "src/ui/", agent: "api-agent", rule: "unowned-path", reason: "r", expires: "2030-01-01", source: "s")
        let applier = WaiverApplier(waivers: [waiver], today: "2029-01-01")
        #expect(applier.apply([Self.finding("src/ui/a")]).map(\.severity) == [.error])
        #expect(applier.apply([Self.finding("src/ui/a", rule: "unowned-path")]).map(\.severity) == [.note])
        #expect(applier.apply([Self.finding("src/ui/a", agent: "docs-agent", rule: "unowned-path")]).map(\.severity) == [.error])
    }
}
