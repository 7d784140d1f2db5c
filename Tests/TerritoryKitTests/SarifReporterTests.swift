import Foundation
import Testing
@testable import TerritoryKit

/// SARIF: valid against the official 2.1.0 schema, rules from the catalog, results that point
/// into them, and fingerprints that survive everything but a change of rule, agent or path.
@Suite struct SarifReporterTests {
    static let reporter = SarifReporter(toolVersion: "0.1.0")

    static func object(_ report: Report, reporter: SarifReporter = reporter) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(reporter.render(report).utf8)) as? [String: Any])
    }

    static func run(_ report: Report, reporter: SarifReporter = reporter) throws -> [String: Any] {
        try #require((try object(report, reporter: reporter)["runs"] as? [[String: Any]])?.first)
    }

    @Test func goldenReportIsValidSarif() throws {
        #expect(try SarifSchema.violations(of: Self.reporter.render(ReporterGoldenTests.report)) == [])
    }

    @Test func everySeverityHostilePathsAndAnInformationUriAreValidSarif() throws {
        let reporter = SarifReporter(toolVersion: "0.1.0", informationUri: "https://example.com/territory")
        #expect(try SarifSchema.violations(of: reporter.render(ReportSamples.mixed)) == [])
        #expect(try SarifSchema.violations(of: reporter.render(ReportSamples.many(0, of: []))) == [])
    }

    @Test func theValidatorRejectsWhatTheSchemaForbids() throws {
        // Guards against a validator that passes everything (a wrong draft, a schema that did not load).
        let broken = Self.reporter.render(ReporterGoldenTests.report).replacingOccurrences(of: "\"level\" : \"error\"", with: "\"level\" : \"fatal\"")
        #expect(try !SarifSchema.violations(of: broken).isEmpty)
    }

    @Test func header() throws {
        let object = try Self.object(ReporterGoldenTests.report)
        #expect(object["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(object["version"] as? String == "2.1.0")
        #expect((object["runs"] as? [Any])?.count == 1)
    }

    @Test func rulesAreTheCatalogThenRulesOnlyFindingsName() throws {
        let run = try Self.run(ReportSamples.mixed)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids == RuleCatalog.descriptions.map(\.id))
        for rule in rules {
            for key in ["shortDescription", "fullDescription", "help", "defaultConfiguration"] { #expect(rule[key] != nil, "\(key)") }
        }
        let untrusted = try #require(rules.first { $0["id"] as? String == "plan-untrusted" })
        #expect((untrusted["defaultConfiguration"] as? [String: String])?["level"] == "warning")
        let results = try #require(run["results"] as? [[String: Any]])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ids[index] == result["ruleId"] as? String)
        }
        #expect(results.compactMap { $0["level"] as? String }.sorted() == ["error", "note", "warning"])
    }

    @Test func resultsPointAtThePathAndThePlanLine() throws {
        let results = try #require(try Self.run(ReportSamples.mixed)["results"] as? [[String: Any]])
        let crossing = try #require(results.first { $0["ruleId"] as? String == "outside-territory" })
        let location = try #require(((crossing["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        let artifact = try #require(location["artifactLocation"] as? [String: String])
        #expect(artifact["uri"] == "src/ui/100%25,%20a%3Ab%7Cc%20%3Cd%3E%20&%20%22e%22.tsx")
        #expect(artifact["uriBaseId"] == "%SRCROOT%")
        let related = try #require(((crossing["relatedLocations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        #expect((related["region"] as? [String: Int])?["startLine"] == 14)
        #expect((crossing["properties"] as? [String: Any])?["agent"] as? String == "api-agent")
        #expect(((crossing["message"] as? [String: String])?["text"])?.contains("Fix: revert it") == true)
    }

    @Test func noInformationUriUnlessGiven() throws {
        let plain = try #require((try Self.run(ReporterGoldenTests.report)["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(plain["informationUri"] == nil)
        let given = SarifReporter(toolVersion: "1", informationUri: "https://example.com/t")
        let driver = try #require((try Self.run(ReporterGoldenTests.report, reporter: given)["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["informationUri"] as? String == "https://example.com/t")
    }
}
