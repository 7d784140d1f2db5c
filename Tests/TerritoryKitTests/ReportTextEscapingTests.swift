import Testing
import TerritoryKit

/// The text formats print paths and messages from branches and plans: a newline, a carriage
/// return or an escape sequence in them is shown escaped, so it cannot forge a line of the report
/// or restyle the terminal.
@Suite struct ReportTextEscapingTests {
    static let forged = "src/ok.ts\n  error  outside-territory  src/fake.ts"
    static let esc = "src/\u{1B}[2J\u{1B}[32mclean\u{1B}[0m.ts"

    static let report = Report(
        command: "check", planFile: RuleFixture.file, planSource: "main@1234567", base: "main",
        agents: [CheckedAgent(id: "api-agent", branch: "agent/api\rx", mapping: "Branch field", mergeBase: "1234567", changedPaths: 2)],
        findings: [
            Finding(rule: "unowned-path", severity: .warning, agent: "api-agent", path: forged,
                    message: "nobody owns \(forged)", plan: SourceLocation(file: RuleFixture.file, line: 3), hint: "add it"),
            Finding(rule: "unowned-path", severity: .warning, agent: "api-agent", path: esc,
                    message: "nobody owns it\u{85}next\u{2028}line", plan: nil, hint: "bell\u{07} tab\t"),
        ],
        notes: ["note with\na second line"])

    @Test func escapedFormIsReadable() {
        #expect(TerminalStyle.escaped("a\nb\rc\td") == "a\\nb\\rc\\td")
        #expect(TerminalStyle.escaped("\u{1B}[31m") == "\\u{1B}[31m")
        #expect(TerminalStyle.escaped("nul\u{0} del\u{7F} c1\u{9B} ls\u{2028} rlo\u{202E}") == "nul\\u{0} del\\u{7F} c1\\u{9B} ls\\u{2028} rlo\\u{202E}")
        #expect(TerminalStyle.escaped("ünïcødé 𝄞 C:\\path") == "ünïcødé 𝄞 C:\\path")
    }

    @Test func textReportCannotBeForgedByAPath() {
        let text = TextReporter().render(Self.report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines.contains { $0.hasPrefix("  error  outside-territory") }, "\(text)")
        #expect(lines.contains("  warning  unowned-path  src/ok.ts\\n  error  outside-territory  src/fake.ts"))
        #expect(lines.contains("  warning  unowned-path  src/\\u{1B}[2J\\u{1B}[32mclean\\u{1B}[0m.ts"))
        #expect(lines.contains("      nobody owns it\\u{85}next\\u{2028}line"))
        #expect(lines.contains("      fix: bell\\u{7} tab\\t"))
        #expect(lines.contains("note: note with\\na second line"))
        #expect(lines.contains { $0.hasPrefix("api-agent — agent/api\\rx (Branch field)") })
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func colorCodesAreOnlyOurOwn() {
        let text = TextReporter(style: TerminalStyle(enabled: true)).render(Self.report)
        // Every escape in the output opens one of the style's SGR codes or resets.
        let own = ["\u{1B}[1m", "\u{1B}[2m", "\u{1B}[0m", "\u{1B}[1;31m", "\u{1B}[1;33m", "\u{1B}[36m", "\u{1B}[32m"]
        var rest = Substring(text)
        while let escape = rest.firstIndex(of: "\u{1B}") {
            let tail = rest[escape...]
            #expect(own.contains { tail.hasPrefix($0) }, "foreign escape in: \(tail.prefix(20).debugDescription)")
            rest = tail.dropFirst()
        }
        #expect(!text.contains("\u{1B}[2J"))
    }

    @Test func showEscapesWhatThePlanSays() {
        let location = SourceLocation(file: "p\nq.md", line: 1)
        let plan = Plan(file: "p\nq.md", agents: [
            Agent(id: "api-agent", name: "API\u{1B}[2J", aliases: ["a\nb"], branch: "agent/x\ry", location: location, entries: [
                Entry(pattern: Self.forged, access: .write, location: location, annotations: ["new\n  write  x"]),
            ]),
        ], diagnostics: [PlanDiagnostic(code: "unread-path", severity: .note, message: "`a\nerror b`", location: location)])
        let text = PlanTextWriter().render(plan, source: "main@1\n2")
        let lines = text.split(separator: "\n")
        #expect(lines.first == "plan p\\nq.md (from main@1\\n2): 1 agent")
        #expect(lines.contains("api-agent “API\\u{1B}[2J”  line 1  branch agent/x\\ry"))
        #expect(lines.contains("  aliases: a\\nb"))
        #expect(lines.contains("  write     src/ok.ts\\n  error  outside-territory  src/fake.ts  line 1  (new\\n  write  x)"))
        #expect(lines.contains("  note unread-path line 1: `a\\nerror b`"))
        #expect(!text.contains("\u{1B}") && !text.contains("\r"))
    }

    @Test func whoEscapesPathsAndPatterns() {
        let entry = Entry(pattern: "src/\u{1B}[1m**", access: .write, location: SourceLocation(file: "p.md", line: 4))
        var ownership = Ownership()
        ownership.writers = [EntryMatch(agentID: "ui\nagent", entry: entry)]
        let text = WhoTextWriter().render([(path: Self.forged, ownership: ownership)])
        #expect(text == "src/ok.ts\\n  error  outside-territory  src/fake.ts\n  write     ui\\nagent  p.md:4  `src/\\u{1B}[1m**`\n")
    }
}
