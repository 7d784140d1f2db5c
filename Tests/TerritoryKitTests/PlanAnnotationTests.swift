import Testing
@testable import TerritoryKit

@Suite struct PlanAnnotationTests {
    @Test func bracketsAndDashNotesAreLowerCasedInOrder() {
        #expect(AnnotationParser.annotations(in: " (NEW) [CREATE - Exclusive] - Entry point") == ["new", "create - exclusive", "entry point"])
        #expect(AnnotationParser.annotations(in: " *(modify)*") == ["modify"])
        #expect(AnnotationParser.annotations(in: " (lines 1-30, 455-480 (approx))") == ["lines 1-30, 455-480 (approx)"])
        #expect(AnnotationParser.annotations(in: " — the note") == ["the note"])
        #expect(AnnotationParser.annotations(in: ", ") == [])
        #expect(AnnotationParser.annotations(in: " (unclosed") == ["unclosed"])
    }

    @Test func itemNotesNarrowTheSectionAccess() {
        #expect(AnnotationParser.access(for: ["read-only"], in: .write) == .read)
        #expect(AnnotationParser.access(for: ["read only - verify config"], in: .shared) == .read)
        #expect(AnnotationParser.access(for: ["append-only"], in: .write) == .shared)
        #expect(AnnotationParser.access(for: ["modify, section: get_art"], in: .write) == .shared)
        #expect(AnnotationParser.access(for: ["coordinate with ui-agent"], in: .write) == .shared)
        #expect(AnnotationParser.access(for: ["new"], in: .write) == .write)
        // Read and forbidden lists are never widened by a note.
        #expect(AnnotationParser.access(for: ["append"], in: .read) == .read)
        #expect(AnnotationParser.access(for: ["read-only"], in: .forbidden) == .forbidden)
        // Whole words only: "sections" is not "section"'s prefix problem, but "intersection" is not a match.
        #expect(AnnotationParser.access(for: ["intersection helpers"], in: .write) == .write)
    }

    @Test func extractorFindsSpansAndLeadingBarePaths() {
        let spans = ItemExtractor.candidates(inItem: "`a/b.py` (new), `c/d.py` - note")
        #expect(spans == [.init(token: "a/b.py", trailing: " (new), "), .init(token: "c/d.py", trailing: " - note")])
        #expect(ItemExtractor.candidates(inItem: "src/x.py (new)") == [.init(token: "src/x.py", trailing: " (new)")])
        #expect(ItemExtractor.candidates(inItem: "✅ LICENSE") == [.init(token: "LICENSE", trailing: "")])
        #expect(ItemExtractor.candidates(inItem: "Test files for validation").isEmpty)
        #expect(ItemExtractor.candidates(inItem: "unterminated `src/a.py").isEmpty)
        #expect(ItemExtractor.candidates(inInline: "src/a.py (new), docs/b.md, prose here")
            == [.init(token: "src/a.py", trailing: " (new)"), .init(token: "docs/b.md", trailing: "")])
    }

    @Test func sectionLabelsClassifyWithReadWinning() {
        #expect(SectionClassifier.classify("Territory (Read/Write)") == .write)
        #expect(SectionClassifier.classify("Territory (Read-Only)") == .read)
        #expect(SectionClassifier.classify("Can Read (But NOT Modify)") == .read)
        #expect(SectionClassifier.classify("Not allowed to modify") == .forbidden)
        #expect(SectionClassifier.classify("Shared files (modify specific sections)") == .shared)
        #expect(SectionClassifier.classify("Full ownership (create new files)") == .write)
        #expect(SectionClassifier.classify("### Primary Territory") == .write)
        #expect(SectionClassifier.classify("Primary Goal") == nil)
        #expect(SectionClassifier.classify("Threads") == nil)
        #expect(SectionClassifier.classify("Deliverables") == .write)
        #expect(SectionClassifier.classify("Responsibilities") == nil)
        #expect(SectionClassifier.classify("Files to Create/Modify") == .write)
        #expect(SectionClassifier.classify("Might Modify (Coordinate First)") == .shared)
    }
}
