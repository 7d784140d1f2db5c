import Foundation
import TestSupport
import Testing

/// Every JSON document the binary writes is valid against its published schema in docs/schema/
/// (JSON Schema 2020-12, validated with python's jsonschema), and carries `schemaVersion`. The
/// schemas forbid unknown fields, so a field added without its schema fails here.
@Suite struct JSONSchemaTests {
    static func schema(_ name: String) -> URL { PackageRoot.url.appendingPathComponent("docs/schema/\(name).schema.json") }

    static func expectValid(_ result: ProcessResult, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(result.status != 2, "\(result.stderr)", sourceLocation: sourceLocation)
        try #require(!result.stdout.isEmpty, "no output: \(result.stderr)", sourceLocation: sourceLocation)
        let violations = try JSONSchemaValidator.violations(of: result.stdout, schema: schema(name))
        #expect(violations == [], "\(result.stdout)", sourceLocation: sourceLocation)
        if name != "gitlab-codequality" {
            #expect(try JSONReport(result.stdout).object["schemaVersion"] as? Int == 1, sourceLocation: sourceLocation)
        }
    }

    /// A repository whose reports hold every kind of field: a crossing, a rename, a plan-level
    /// warning, a pairwise finding with `otherAgent`, a waived note.
    static func busyRepository() throws -> GitRepository {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/docs-agent") {
            try repo.write("src/ui/App.tsx", "x\n")
            try repo.git("mv", "src/shared/types.ts", "docs/types.ts")
        }
        try repo.branch("agent/ui-agent") { try repo.write("src/ui/App.tsx", "y\n") }
        return repo
    }

    @Test func reportsOfEveryCommandMatchTheReportSchema() throws {
        let repo = try Self.busyRepository()
        try Self.expectValid(try repo.territory(["check", "--format", "json"]), against: "report")
        try Self.expectValid(try repo.territory(["check", "--wave", "1", "--format", "json"]), against: "report")
        try Self.expectValid(try repo.territory(["check", "--all-waves", "--format", "json"]), against: "report")
        try Self.expectValid(try repo.territory(["lint", "--format", "json"]), against: "report")
        try Self.expectValid(try repo.territory(["gate", "--base", "main", "--head", "agent/docs-agent", "--format", "json"]), against: "report")
        try Self.expectValid(try repo.territory(["check", "--format", "codeclimate"]), against: "gitlab-codequality")
        try Self.expectValid(try repo.territory(["lint", "--format", "codeclimate"]), against: "gitlab-codequality")
        try repo.git("checkout", "-q", "agent/docs-agent")
        try repo.write("src/api/routes.py", "staged\n")
        try repo.git("add", "-A")
        try Self.expectValid(try repo.territory(["hook", "pre-commit", "--format", "json"]), against: "report")
        try Self.expectValid(try repo.territory(["hook", "pre-commit-framework", "--format", "json"], environment: ["PRE_COMMIT": "1"]),
                             against: "report")
        let pushed = "refs/heads/agent/docs-agent \(try repo.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)) refs/heads/agent/docs-agent \(String(repeating: "0", count: 40))\n"
        try Self.expectValid(try repo.territory(["hook", "pre-push", "--format", "json", "origin", "x"], input: pushed), against: "report")
    }

    @Test func showWhoAndRulesMatchTheirSchemas() throws {
        let repo = try ScenarioPlan.repository()
        try Self.expectValid(try repo.territory(["show", "--format", "json"]), against: "show")
        try Self.expectValid(try repo.territory(["who", "src/api/routes.py", "src/shared/types.ts", "nowhere", "--format", "json"]), against: "who")
        try Self.expectValid(try repo.territory(["rules", "--format", "json"]), against: "rules")
    }

    @Test func theSchemasRejectWhatTheyDoNotDescribe() throws {
        let repo = try ScenarioPlan.repository()
        let show = try repo.territory(["show", "--format", "json"]).stdout
        let renamed = show.replacingOccurrences(of: "\"diagnostics\"", with: "\"diagnostix\"")
        #expect(try !JSONSchemaValidator.violations(of: renamed, schema: Self.schema("show")).isEmpty)
        let versioned = show.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 2")
        #expect(try !JSONSchemaValidator.violations(of: versioned, schema: Self.schema("show")).isEmpty)
    }
}
