import Testing
@testable import TerritoryKit

@Suite struct PlanLineScannerTests {
    func kinds(_ text: String) -> [MarkdownLine.Kind] { MarkdownLineScanner().scan(text).map(\.kind) }

    @Test func headingsKeepLevelAndDropClosingHashes() {
        #expect(kinds("## Agent 1: api-agent ##") == [.heading(level: 2, text: "Agent 1: api-agent")])
        #expect(kinds("#### deep") == [.heading(level: 4, text: "deep")])
        #expect(kinds("#hashtag") == [.text("#hashtag")])
        #expect(kinds("####### seven") == [.text("####### seven")])
    }

    @Test func bulletsKeepIndentAndDropCheckboxes() {
        #expect(kinds("- `a.py`") == [.bullet(indent: 0, text: "`a.py`")])
        #expect(kinds("    * [ ] `b.py` (new)") == [.bullet(indent: 4, text: "`b.py` (new)")])
        #expect(kinds("\t+ [x] c") == [.bullet(indent: 4, text: "c")])
        #expect(kinds("12. `d.py`") == [.bullet(indent: 0, text: "`d.py`")])
        #expect(kinds("3) e") == [.bullet(indent: 0, text: "e")])
    }

    @Test func boldLabelsInBothColonStyles() {
        let expected = BoldLabel(name: "Territory", value: "`src/`")
        #expect(kinds("**Territory**: `src/`") == [.label(expected)])
        #expect(kinds("**Territory:** `src/`") == [.label(expected)])
        #expect(kinds("**Shared files** (append only):") == [.label(BoldLabel(name: "Shared files (append only)", value: ""))])
        #expect(kinds("**Bold text** with no colon") == [.text("**Bold text** with no colon")])
    }

    @Test func fencesHideTheirContent() {
        let lines = kinds("```bash\n## not a heading\n- not a bullet\n```\n## heading")
        #expect(lines == [
            .fenceOpen(info: "bash"), .fenced(text: "## not a heading"), .fenced(text: "- not a bullet"),
            .fenceClose, .heading(level: 2, text: "heading"),
        ])
        // A shorter run does not close a longer fence.
        #expect(kinds("````\n```\n````") == [.fenceOpen(info: ""), .fenced(text: "```"), .fenceClose])
    }

    @Test func tableRowsBlankLinesRulesAndText() {
        #expect(kinds("| a | `b/c` | d |") == [.tableRow(cells: ["a", "`b/c`", "d"])])
        #expect(kinds("| x \\| y |") == [.tableRow(cells: ["x \\| y"])])
        #expect(kinds("   ") == [.blank])
        #expect(kinds("---") == [.blank])
        #expect(kinds("* * *") == [.blank])
        #expect(kinds("  plain words  ") == [.text("plain words")])
    }

    @Test func lineNumbersAreOneBasedAndCountCRLF() {
        let lines = MarkdownLineScanner().scan("a\r\nb\n\nc")
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        #expect(lines.map(\.kind) == [.text("a"), .text("b"), .blank, .text("c")])
    }
}
