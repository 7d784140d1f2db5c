import Testing
@testable import TerritoryKit

/// GitHub shows at most 10 annotations of each severity per step and drops the rest silently;
/// the reporter caps itself and says how many it left out.
@Suite struct ReportGitHubCapTests {
    static func annotations(_ output: String, _ command: String) -> Int {
        output.split(separator: "\n").count { $0.hasPrefix("::\(command) ") }
    }

    @Test func tenPerSeverityThenALineSayingHowManyWereLeftOut() {
        let output = GitHubReporter().render(ReportSamples.many(13, of: [.error, .warning, .note]))
        #expect(Self.annotations(output, "error") == 10)
        #expect(Self.annotations(output, "warning") == 10)
        #expect(Self.annotations(output, "notice") == 10)
        let last = output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("territory check: 13 errors, 13 warnings, 13 notes; 9 findings were not annotated"))
        #expect(!last.hasPrefix("::"))
    }

    @Test func atTheLimitNothingIsLeftOut() {
        let output = GitHubReporter().render(ReportSamples.many(10, of: [.error]))
        #expect(Self.annotations(output, "error") == 10)
        #expect(!output.contains("not annotated"))
    }

    @Test func oneOverSaysOneFinding() {
        let output = GitHubReporter().render(ReportSamples.many(11, of: [.warning]))
        #expect(output.contains("; 1 finding was not annotated"))
    }

    @Test func aCapDoesNotStarveOtherSeverities() {
        // Sorted by path, errors would come first; warnings must still get their own ten.
        let output = GitHubReporter(limit: 2).render(ReportSamples.many(5, of: [.error, .warning]))
        #expect(Self.annotations(output, "error") == 2)
        #expect(Self.annotations(output, "warning") == 2)
        #expect(output.contains("6 findings were not annotated"))
    }

    @Test func theStepSummaryListsEveryFindingUncapped() {
        let summary = GitHubReporter().summaryMarkdown(ReportSamples.many(13, of: [.error, .warning, .note]))
        #expect(summary.split(separator: "\n").count { $0.hasPrefix("| error") || $0.hasPrefix("| warning") || $0.hasPrefix("| note") } == 39)
    }

    @Test func aCleanRunSaysSo() {
        let report = ReportSamples.many(0, of: [])
        #expect(GitHubReporter().render(report) == "territory check: 0 errors, 0 warnings, 0 notes\n")
        #expect(GitHubReporter().summaryMarkdown(report).hasSuffix("No findings.\n"))
    }
}
