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
        #expect(unowned.map(\.path) == ["scripts/"])
        #expect(unowned.first?.message == "3 tracked files are owned by no agent: `scripts/` (2), `README.md` (1)")
    }

    @Test func manyUnownedFoldersAreOneFindingWithTheLargest() {
        let files = (1...8).flatMap { folder in (0..<folder).map { "f\(folder)/x\($0)" } }
        let unowned = Self.lint([Self.agent("a", waves: [1], [("f1/", 2, [])])], files: files).filter { $0.rule == "unowned-file" }
        #expect(unowned.count == 1)
        #expect(unowned.first?.message == "35 tracked files are owned by no agent: `f8/` (8), `f7/` (7), `f6/` (6), `f5/` (5), "
            + "`f4/` (4) and 2 more")
    }

    @Test func aPlanWrittenBeforeTheCodeGetsOneSummaryNote() throws {
        let entries = (1...6).map { ("src/m\($0)/", $0 + 1, [String]()) }
        let findings = Self.lint([Self.agent("a", waves: [1], entries)], files: ["src/m1/a.py", "README.md"])
        let unmatched = findings.filter { $0.rule == "matches-nothing" }
        #expect(unmatched.count == 1)
        let summary = try #require(unmatched.first)
        #expect(summary.severity == .note)
        #expect(summary.message.hasPrefix("5 of 6 entries match no tracked file (`src/m2/`, `src/m3/`, `src/m4/`, …)"))
        #expect(summary.plan?.line == 3)
    }

    @Test func aheadOfTheCodeBareNamesAndMissingAnchorsAreOneNoteEach() {
        let entries = (1...6).map { ("src/m\($0)/", $0 + 1, [String]()) }
        let bare = (1...3).map { PlanDiagnostic(code: "bare-name", severity: .warning, message: "`x\($0).py` has no folder",
                                                location: SourceLocation(file: Self.file, line: 20 + $0)) }
        let missing = (1...4).map { Finding(rule: "contract-missing-file", severity: .warning, agent: nil, path: "src/m\($0)/a.py",
                                            message: "missing", plan: nil, hint: "") }
        let plan = Plan(file: Self.file, agents: [Self.agent("a", waves: [1], entries)], diagnostics: bare)
        let findings = Linter(plan: plan).lint(files: ["README.md"], more: missing)
        #expect(findings.filter { $0.severity == .warning }.map(\.rule) == ["unowned-file"])
        #expect(findings.filter { $0.rule == "bare-name" }.map(\.message) == [
            "3 bare-name warnings (`plan/agent-assignments.md`, …), expected while the plan is ahead of the code; lint again once the files exist",
        ])
        #expect(findings.filter { $0.rule == "contract-missing-file" }.count == 1)
        // With the code there, each warning stands.
        let written = Linter(plan: plan).lint(files: (1...6).map { "src/m\($0)/a.py" }, more: missing)
        #expect(written.filter { $0.rule == "contract-missing-file" }.count == 4)
    }

    @Test func onePairOfAgentsOnOnePathIsOneFindingWithEveryLine() throws {
        let findings = Self.lint([
            Self.agent("api", waves: [1], [("src/shared/types.ts", 3, []), ("src/shared/types.ts", 40, [])]),
            Self.agent("ui", waves: [1], [("src/shared/types.ts", 9, []), ("src/shared/types.ts", 52, [])]),
        ], files: ["src/shared/types.ts"])
        let overlaps = findings.filter { $0.rule == "territory-overlap" }
        #expect(overlaps.count == 1)
        let overlap = try #require(overlaps.first)
        #expect(overlap.owners == ["api", "ui"])
        #expect(overlap.plan?.line == 3)
        #expect(overlap.message.hasPrefix("api (`src/shared/types.ts`, lines 3, 40) and ui (`src/shared/types.ts`, lines 9, 52) both own it"))
    }

    @Test func pathsUnderOneBroadEntryAreOneFinding() throws {
        let findings = Self.lint([
            Self.agent("perf", waves: [4], [("src/pages/**", 3, [])]),
            Self.agent("content", waves: [4], [("src/pages/Home.tsx", 8, []), ("src/pages/Kanban.tsx", 9, [])]),
        ], files: ["README.md"])
        let overlaps = findings.filter { $0.rule == "territory-overlap" }
        #expect(overlaps.count == 1)
        let overlap = try #require(overlaps.first)
        #expect(overlap.message == "perf (`src/pages/**`, line 3) and content (`src/pages/Home.tsx`, line 8; `src/pages/Kanban.tsx`, "
            + "line 9) both own it in wave 4: no tracked file yet; 2 paths would be, e.g. `src/pages/Home.tsx`")
    }

    @Test func twoUnresolvedBareNamesAreANote() {
        let findings = Self.lint([
            Self.agent("a", waves: [2], [("parser.py", 3, ["bare-name"])]),
            Self.agent("b", waves: [2], [("parser.py", 9, ["bare-name"])]),
        ], files: ["README.md"])
        #expect(findings.filter { $0.rule == "territory-overlap" }.map(\.severity) == [.note])
    }

    @Test func aPartOfTheFileAnnotatedOnceMakesThePairAWarning() {
        let findings = Self.lint([
            Self.agent("a", waves: [2], [("src/parser.py", 3, []), ("src/parser.py", 30, ["lines 1-30"])]),
            Self.agent("b", waves: [2], [("src/parser.py", 9, []), ("src/parser.py", 31, ["lines 40-50"])]),
        ], files: ["src/parser.py"])
        #expect(findings.filter { $0.rule == "territory-overlap" }.map(\.severity) == [.warning])
    }

    @Test func twoPatternsMeetingOnlyOnAMadeUpNameAreANote() throws {
        func overlap(_ first: String, _ second: String, files: [String] = ["README.md"]) -> Finding? {
            Self.lint([Self.agent("a", waves: [1], [(first, 2, [])]), Self.agent("b", waves: [1], [(second, 5, [])])], files: files)
                .first { $0.rule == "territory-overlap" }
        }
        let madeUp = try #require(overlap("db/*auth*.sql", "db/*automation*"))
        #expect(madeUp.severity == .note)
        #expect(madeUp.message.contains("made-up name"))
        #expect(overlap("db/*auth*.sql", "db/*automation*", files: ["db/authautomation.sql"])?.severity == .error)
        #expect(overlap("db/**", "db/schema.sql")?.severity == .error)
        #expect(overlap("db/", "db/*.sql")?.severity == .error)
    }

    @Test func aPlanWhereNoAgentWritesIsAnError() {
        let reader = Agent(id: "r", name: "r", location: SourceLocation(file: Self.file, line: 1), entries: [
            Entry(pattern: "src/", access: .read, location: SourceLocation(file: Self.file, line: 2)),
        ])
        let findings = Self.lint([reader], files: ["src/a"])
        #expect(findings.filter { $0.rule == "no-territory" }.map(\.severity) == [.error])
        #expect(!Self.lint([Self.agent("a", waves: [1], [("src/", 2, [])])], files: ["src/a"]).contains { $0.rule == "no-territory" })
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
        #expect(findings.map(\.rule) == ["unresolvable-entry", "no-territory"])
        #expect(findings.first?.plan?.line == 9)
    }

    @Test func manyReaderWarningsOfOneKindAreOneFinding() {
        let diagnostics = [4, 9, 12].map { PlanDiagnostic(code: "duplicate-agent", severity: .warning, message: "id `x\($0)` is used twice",
                                                          location: SourceLocation(file: Self.file, line: $0)) }
        let two = Array(diagnostics.prefix(2))
        let agent = Self.agent("a", waves: [1], [("src/", 2, [])])
        #expect(Self.lint([agent], files: ["src/a"], diagnostics: diagnostics).filter { $0.rule == "duplicate-agent" }.map(\.message)
            == ["id `x4` is used twice (and 2 more like it, lines 9, 12)"])
        #expect(Self.lint([agent], files: ["src/a"], diagnostics: two).filter { $0.rule == "duplicate-agent" }.count == 2)
    }

    @Test func invalidPatternsAreReported() {
        let findings = Self.lint([Self.agent("a", waves: [1], [("src/{module}/x.ts", 2, [])])], files: [])
        #expect(findings.contains { $0.rule == "invalid-pattern" && $0.plan?.line == 2 })
    }
}
