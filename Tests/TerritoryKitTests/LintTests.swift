import Testing
import TerritoryKit

/// `Linter`: overlaps per wave (on tracked files and on files not created yet), unowned files,
/// entries that match nothing, and the reader's diagnostics.
@Suite struct LintTests {
    static let file = "plan/agent-assignments.md"

    static func agent(_ id: String, waves: [Int], _ entries: [(String, Int, [String])]) -> Agent {
        Agent(id: id, name: id, waves: waves, location: SourceLocation(file: file, line: 1), entries: entries.map { pattern, line, notes in
            Entry(pattern: pattern, access: .write, location: SourceLocation(file: file, line: line), annotations: notes)
        })
    }

    static func lint(_ agents: [Agent], files: [String], diagnostics: [PlanDiagnostic] = []) -> [Finding] {
        Linter(plan: Plan(file: file, agents: agents, diagnostics: diagnostics)).lint(files: files)
    }

    @Test func overlapOnATrackedFileInOneWaveIsAnError() throws {
        let findings = Self.lint([
            Self.agent("ui", waves: [1], [("src/**/*.tsx", 3, [])]),
            Self.agent("forms", waves: [1], [("src/forms/", 7, [])]),
        ], files: ["src/forms/Field.tsx", "src/forms/Input.tsx", "src/forms/util.ts"])
        let overlap = try #require(findings.first { $0.rule == "territory-overlap" })
        #expect(overlap.severity == .error)
        #expect(overlap.owners == ["ui", "forms"])
        #expect(overlap.path == "src/forms/Field.tsx")
        #expect(overlap.message.contains("2 tracked files"))
        #expect(overlap.plan?.line == 3)
    }

    @Test func overlapOnFilesNotCreatedYetIsFoundByIntersection() throws {
        let findings = Self.lint([
            Self.agent("ui", waves: [1], [("src/**/*.tsx", 3, [])]),
            Self.agent("forms", waves: [1], [("src/forms/", 7, ["new"])]),
        ], files: ["README.md"])
        let overlap = try #require(findings.first { $0.rule == "territory-overlap" })
        #expect(overlap.path == "src/forms/x.tsx")
        #expect(overlap.message.contains("no tracked file yet"))
    }

    @Test func severityFollowsWavesAndSharingAnnotations() {
        func severity(_ a: Agent, _ b: Agent) -> Severity? {
            Self.lint([a, b], files: ["src/x.ts"]).first { $0.rule == "territory-overlap" }?.severity
        }
        #expect(severity(Self.agent("a", waves: [1], [("src/", 2, [])]), Self.agent("b", waves: [2], [("src/x.ts", 5, [])])) == .note)
        #expect(severity(Self.agent("a", waves: [1, 3], [("src/", 2, [])]), Self.agent("b", waves: [3], [("src/x.ts", 5, [])])) == .error)
        #expect(severity(Self.agent("a", waves: [], [("src/", 2, [])]), Self.agent("b", waves: [2], [("src/x.ts", 5, [])])) == .error)
        #expect(severity(Self.agent("a", waves: [1], [("src/", 2, [])]), Self.agent("b", waves: [1], [("src/x.ts", 5, ["section: header"])])) == .warning)
    }

    @Test func exclusionRemovesTheOverlap() {
        let findings = Self.lint([
            Self.agent("api", waves: [1], [("src/api/**", 2, []), ("!src/api/generated/**", 3, [])]),
            Self.agent("gen", waves: [1], [("src/api/generated/", 6, [])]),
        ], files: ["src/api/a.py", "src/api/generated/c.ts"])
        #expect(!findings.contains { $0.rule == "territory-overlap" })
    }

    @Test func unownedFilesAreCountedByTopFolder() {
        let findings = Self.lint([Self.agent("a", waves: [1], [("src/", 2, [])])],
                                 files: ["src/a", "scripts/x", "scripts/y", "README.md", Self.file])
        let unowned = findings.filter { $0.rule == "unowned-file" }
        #expect(unowned.map(\.path) == ["scripts/", "README.md"])
        #expect(unowned.first?.message.contains("2 tracked files under `scripts/` are owned by no agent (3 unowned in all)") == true)
    }

    @Test func entriesThatMatchNothingAreWarningsUnlessNew() {
        let findings = Self.lint([Self.agent("a", waves: [1], [("src/", 2, []), ("src/typo/", 3, []), ("lib/", 4, ["new"])])],
                                 files: ["src/a.py"])
        let unmatched = findings.filter { $0.rule == "matches-nothing" }.sorted { $0.path < $1.path }
        #expect(unmatched.map(\.path) == ["lib/", "src/typo/"])
        #expect(unmatched.map(\.severity) == [.note, .warning])
    }

    @Test func readerDiagnosticsBecomeFindings() {
        let diagnostic = PlanDiagnostic(code: "unresolvable-entry", severity: .warning, message: "`~/x` is in a home directory",
                                        location: SourceLocation(file: Self.file, line: 9))
        let findings = Self.lint([], files: [], diagnostics: [diagnostic])
        #expect(findings.map(\.rule) == ["unresolvable-entry"])
        #expect(findings.first?.plan?.line == 9)
    }

    @Test func invalidPatternsAreReported() {
        let findings = Self.lint([Self.agent("a", waves: [1], [("src/{module}/x.ts", 2, [])])], files: [])
        #expect(findings.contains { $0.rule == "invalid-pattern" && $0.plan?.line == 2 })
    }
}
