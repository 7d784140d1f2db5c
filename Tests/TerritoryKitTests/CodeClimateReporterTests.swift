import Foundation
import TestSupport
import Testing
@testable import TerritoryKit

/// `--format codeclimate`: GitLab Code Quality, checked against the schema written from GitLab's
/// documentation (docs/schema/gitlab-codequality.schema.json), with one issue per finding.
@Suite struct CodeClimateReporterTests {
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/schema/gitlab-codequality.schema.json")

    static func issues(_ report: Report) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(CodeClimateReporter().render(report).utf8)) as? [[String: Any]])
    }

    @Test func golden() throws {
        try Golden.assert(CodeClimateReporter().render(ReporterGoldenTests.report), named: "check.codeclimate.json")
    }

    @Test func everySampleIsAValidGitLabReport() throws {
        for report in [ReporterGoldenTests.report, ReportSamples.mixed, ReportSamples.many(0, of: [])] {
            #expect(try JSONSchemaValidator.violations(of: CodeClimateReporter().render(report), schema: Self.schema) == [])
        }
    }

    @Test func theSchemaRejectsWhatGitLabRejects() throws {
        let broken = CodeClimateReporter().render(ReporterGoldenTests.report).replacingOccurrences(of: "\"blocker\"", with: "\"fatal\"")
        #expect(try !JSONSchemaValidator.violations(of: broken, schema: Self.schema).isEmpty)
    }

    @Test func severitiesFingerprintsAndLocations() throws {
        let issues = try Self.issues(ReportSamples.mixed)
        #expect(issues.compactMap { $0["severity"] as? String }.sorted() == ["blocker", "info", "minor"])
        let crossing = try #require(issues.first { $0["check_name"] as? String == "outside-territory" })
        let location = try #require(crossing["location"] as? [String: Any])
        #expect(location["path"] as? String == "src/ui/100%, a:b|c <d> & \"e\".tsx")
        #expect((location["lines"] as? [String: Int])?["begin"] == 1)
        #expect((crossing["description"] as? String)?.contains("Fix: revert it") == true)
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == issues.count)
    }

    /// GitLab keeps one issue per fingerprint: the two pairs of an overlap on one path differ.
    @Test func pairwiseFindingsOnOnePathKeepDistinctFingerprints() throws {
        let pair = { (other: String) in
            Finding(rule: "overlapping-changes", severity: .error, agent: "a", path: "x", message: "m", plan: nil,
                    hint: "h", otherAgent: other)
        }
        #expect(CodeClimateReporter.fingerprint(pair("b")) != CodeClimateReporter.fingerprint(pair("c")))
    }
}
