import Foundation
import TestSupport
import Testing

/// The CI formats from the real binary: GitHub annotations plus the step summary file, SARIF
/// and JUnit on the demo-like scenario.
@Suite struct ReportFormatTests {
    static func crossing() throws -> GitRepository {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/docs-agent") { try repo.write("src/ui/App.tsx", "x\n") }
        return repo
    }

    @Test func githubAnnotatesAndAppendsTheStepSummary() throws {
        let repo = try Self.crossing()
        let summary = FileManager.default.temporaryDirectory.appendingPathComponent("summary-\(UUID().uuidString).md")
        try Data("# earlier step\n".utf8).write(to: summary)
        defer { try? FileManager.default.removeItem(at: summary) }
        let result = try repo.territory(["check", "--format", "github"], environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("::error file=src/ui/App.tsx"), "\(result.stdout)")
        let text = try String(contentsOf: summary, encoding: .utf8)
        #expect(text.hasPrefix("# earlier step\n"), "the summary is appended to, never replaced")
        #expect(text.contains("outside-territory") && text.contains("src/ui/App.tsx") && text.contains("|"))
    }

    @Test func sarifAndJUnitCarryTheFinding() throws {
        let repo = try Self.crossing()
        let sarif = try repo.territory(["check", "--format", "sarif"])
        let object = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
        let results = ((object?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        #expect(results.map { $0["ruleId"] as? String } == ["outside-territory"])
        let junit = try repo.territory(["check", "--format", "junit"])
        #expect(junit.stdout.contains("<failure") && junit.stdout.contains("territory.docs-agent"))
        #expect(sarif.status == 1 && junit.status == 1)
    }
}
