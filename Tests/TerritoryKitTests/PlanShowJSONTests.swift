import Foundation
import Testing
import TerritoryKit

/// Each fixture plan's `territory show --format json` output, as scripts see it, compared with
/// `Fixtures/plans/<name>/expected-show.json`. `RECORD_PLAN_FIXTURES=1` rewrites them; review
/// the diff.
@Suite struct PlanShowJSONTests {
    @Test(arguments: PlanFixtureTests.names)
    func fixtureShowJSONMatches(name: String) throws {
        let json = PlanJSONWriter().render(try PlanFixtureTests.read(name), source: "fixture")
        let url = PlanFixtureTests.fixturesRoot.appendingPathComponent(name).appendingPathComponent("expected-show.json")
        if ProcessInfo.processInfo.environment["RECORD_PLAN_FIXTURES"] == "1" {
            try json.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(json == expected, "\(name): show JSON differs from expected-show.json")
    }
}
