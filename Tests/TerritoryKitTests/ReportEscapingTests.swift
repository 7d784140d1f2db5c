import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TerritoryKit

/// Paths and messages come from branches territory is judging, so every format must carry any
/// character through without it breaking the format's syntax.
@Suite struct ReportEscapingTests {
    @Test func workflowCommandsEscapeDataAndProperties() {
        #expect(WorkflowCommand.escapeData("100%\r\nnext: a,b") == "100%25%0D%0Anext: a,b")
        #expect(WorkflowCommand.escapeProperty("100%\r\nnext: a,b") == "100%25%0D%0Anext%3A a%2Cb")
        let command = WorkflowCommand(name: "error", properties: [("file", "a,b:c.ts"), ("title", "outside-territory")], message: "x\ny")
        #expect(command.line == "::error file=a%2Cb%3Ac.ts,title=outside-territory::x%0Ay")
    }

    @Test func githubAnnotationsAreOneLineEachWhateverThePath() {
        let output = GitHubReporter().render(ReportSamples.mixed)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 5, "3 annotations, 1 note, 1 closing line")
        #expect(lines.contains("::error file=src/ui/100%25%2C a%3Ab|c <d> & \"e\".tsx,line=1,title=outside-territory::"
            + "changed it,%0Aacross two lines: 50%25 done%0D%0Aand a bell \u{07}%0Aplan: plans/demo/agent-assignments.md:14"
            + "%0Afix: revert it (`git checkout <base> -- x`)"))
        #expect(lines.contains { $0.hasPrefix("::warning file=plans/demo/agent-assignments.md,line=1,title=plan-untrusted::") })
        #expect(lines.contains { $0.hasPrefix("::notice file=src/api/x.py,line=1,title=stale-base::") })
        #expect(lines.contains("territory: not an agent branch: main"))
    }

    @Test func xmlEscapesMarkupQuotesAndControlCharacters() {
        #expect(XMLText.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;\"c'")
        #expect(XMLText.escape("a<b>&\"c'", attribute: true) == "a&lt;b&gt;&amp;&quot;c&apos;")
        #expect(XMLText.escape("1\n2\t3\r", attribute: true) == "1&#10;2&#9;3&#13;")
        #expect(XMLText.escape("1\n2\t3") == "1\n2\t3")
        #expect(XMLText.escape("bell\u{07} nul\u{0} fffe\u{FFFE}") == "bell\u{FFFD} nul\u{FFFD} fffe\u{FFFD}")
        #expect(XMLText.escape("ünïcødé 𝄞") == "ünïcødé 𝄞")
    }

    #if canImport(FoundationXML) || os(macOS)
    @Test func junitIsWellFormedAndKeepsTheText() throws {
        let xml = JUnitReporter().render(ReportSamples.mixed)
        let collector = ReportXMLCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "\(String(describing: parser.parserError))\n\(xml)")
        let failure = try #require(collector.elements.first { $0.name == "failure" })
        #expect(failure.attributes["message"] == "changed it,\nacross two lines: 50% done\r\nand a bell \u{FFFD}")
        #expect(failure.attributes["type"] == "outside-territory")
        let suites = collector.elements.filter { $0.name == "testsuite" }.compactMap { $0.attributes["name"] }
        #expect(suites == ["territory.api-agent", "territory.plan", "territory"])
        #expect(collector.elements.first { $0.name == "testsuites" }?.attributes["failures"] == "1")
    }
    #endif

    @Test func markdownCellsEscapePipesNewlinesAndHTML() {
        #expect(MarkdownTable.text("a|b\nc<d>&e") == "a\\|b c&lt;d>&amp;e")
        #expect(MarkdownTable.text("keep `git checkout <base> -- a|b` as code") == "keep `git checkout <base> -- a\\|b` as code")
        #expect(MarkdownTable.text("odd ` <b>") == "odd ` &lt;b>")
        #expect(MarkdownTable.code("a|b") == "`a\\|b`")
        #expect(MarkdownTable.code("a`b") == "`` a`b ``")
    }

    @Test func markdownTablesKeepTheirColumns() {
        for text in [MarkdownReporter().render(ReportSamples.mixed), GitHubReporter().summaryMarkdown(ReportSamples.mixed)] {
            // Unescaped pipes separate cells: every row of a table must have as many as its header.
            var header: Int?
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                guard line.hasPrefix("|") else { header = nil; continue }
                let pipes = line.replacingOccurrences(of: "\\|", with: "").count { $0 == "|" }
                if let header { #expect(pipes == header, "\(line)") } else { header = pipes }
            }
            #expect(text.contains("src/ui/100%, a:b\\|c <d> & \"e\".tsx"))
        }
    }
}
