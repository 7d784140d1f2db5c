import Foundation
import TestSupport
import Testing

/// The README's demo, run as a test: the repository built from Fixtures/demo gives exactly the
/// findings the README shows.
@Suite struct DemoTests {
    @Test func demoReportsCrossingUnownedFileAndPlanEdit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("territory-demo-\(UUID().uuidString)")
        let build = try Shell.run("/bin/bash", [PackageRoot.url.appendingPathComponent("scripts/build-demo-repo.sh").path, folder.path],
                                  in: PackageRoot.url)
        #expect(build.status == 0, "\(build.stderr)")
        let repo = GitRepository(existing: folder)
        let result = try repo.territory(["check", "--format", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        let report = try JSONReport(result.stdout)
        let plan = ".context-kit/orchestration/demo/agent-assignments.md"
        #expect(report.findingLines == [
            "outside-territory test-agent src/api/users_test.py",
            "outside-territory ui-agent src/api/routes.py",
            "plan-modified test-agent \(plan)",
            "unowned-path docs-agent scripts/publish.sh",
        ])
        let crossing = report.finding(rule: "outside-territory", path: "src/api/routes.py")
        #expect((crossing?["plan"] as? [String: Any])?["line"] as? Int == 12)
        #expect(report.summary["errors"] == 3)
        #expect(report.summary["warnings"] == 1)
    }
}
