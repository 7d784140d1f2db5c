import Foundation
import TestSupport
import Testing

/// `territory status`: what an orchestrator polls between waves, checked against its published
/// JSON schema (docs/schema/status.schema.json) on the demo and on scenarios.
@Suite struct StatusTests {
    static let schema = PackageRoot.url.appendingPathComponent("docs/schema/status.schema.json")

    /// Schema violations of `json`, one per line.
    static func violations(_ json: String) throws -> [String] {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            document = json.loads(sys.stdin.read())
            for error in jsonschema.Draft7Validator(schema).iter_errors(document):
                print("/".join(map(str, error.absolute_path)) or "(root)", ":", error.message)
            """
        let result = try Python.run(script, [schema.path], input: json)
        guard result.status == 0 else { throw TestFailure("validator failed: \(result.stderr)") }
        return result.stdout.split(separator: "\n").map(String.init)
    }

    static func agents(_ json: String) throws -> [String: [String: Any]] {
        let object = try JSONReport(json).object
        let waves = object["waves"] as? [[String: Any]] ?? []
        var agents: [String: [String: Any]] = [:]
        for wave in waves {
            for agent in wave["agents"] as? [[String: Any]] ?? [] { agents[agent["id"] as? String ?? ""] = agent }
        }
        return agents
    }

    @Test func demoRepository() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("territory-demo-\(UUID().uuidString)")
        let build = try Shell.run("/bin/bash", [PackageRoot.url.appendingPathComponent("scripts/build-demo-repo.sh").path, folder.path],
                                  in: PackageRoot.url)
        #expect(build.status == 0, "\(build.stderr)")
        let repo = GitRepository(existing: folder)
        let result = try repo.territory(["status", "--format", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(try Self.violations(result.stdout).isEmpty)
        let object = try JSONReport(result.stdout).object
        #expect(object["open"] as? Bool == false)
        let wave = try #require((object["waves"] as? [[String: Any]])?.first)
        #expect(wave["wave"] as? Int == 1 && wave["gate"] as? String == "closed" && wave["mergeable"] as? Int == 2)
        let agents = try Self.agents(result.stdout)
        #expect(agents.mapValues { $0["readiness"] as? String } == [
            // docs-agent's unowned file is a plan gap (a warning): it does not block.
            "api-agent": "ready", "ui-agent": "blocked", "docs-agent": "ready", "test-agent": "blocked",
        ])
        let ui = try #require(agents["ui-agent"])
        #expect(ui["branch"] as? String == "agent/ui-agent" && ui["commits"] as? Int == 1 && ui["changedPaths"] as? Int == 2)
        #expect((ui["summary"] as? [String: Int])?["errors"] == 1)
        let finding = try #require((ui["findings"] as? [[String: Any]])?.first)
        #expect(finding["rule"] as? String == "outside-territory" && finding["path"] as? String == "src/api/routes.py")

        let text = try repo.territory(["status"])
        #expect(text.stdout.contains("wave 1: gate closed, 2 of 4 agents mergeable"), "\(text.stdout)")
        #expect(text.stdout.contains("ui-agent    blocked"))
        let markdown = try repo.territory(["status", "--format", "markdown"])
        #expect(markdown.stdout.contains("| `api-agent` | ready | `agent/api-agent` | 1 commit, 2 paths | 0 | 0 | 0 |  |"), "\(markdown.stdout)")
    }

    @Test func cleanBlockedAndNotStartedAgentsThenAnOpenGate() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("work/api") { try repo.write("src/api/users.py", "users\n") }
        try repo.branch("agent/ui-agent") {
            try repo.write("src/ui/App.tsx", "app\n")
            try repo.write("src/api/routes.py", "ui was here\n")
        }
        let closed = try repo.territory(["status", "--wave", "1", "--format", "json"])
        #expect(closed.status == 1, "\(closed.stderr)")
        #expect(try Self.violations(closed.stdout).isEmpty)
        var agents = try Self.agents(closed.stdout)
        #expect(agents["api-agent"]?["readiness"] as? String == "ready")
        #expect(agents["api-agent"]?["mergeable"] as? Bool == true)
        #expect(agents["ui-agent"]?["readiness"] as? String == "blocked")
        #expect(agents["docs-agent"]?["readiness"] as? String == "not-started")
        #expect(agents["docs-agent"]?["branch"] is NSNull)

        // ui-agent takes its crossing back, docs-agent delivers: the gate opens.
        try repo.git("checkout", "-q", "agent/ui-agent")
        try repo.git("checkout", "-q", "main", "--", "src/api/routes.py")
        try repo.commitAll("ui: leave routes to api-agent")
        try repo.git("checkout", "-q", "main")
        try repo.branch("agent/docs-agent") { try repo.write("docs/guide.md", "guide\n") }
        let open = try repo.territory(["status", "--wave", "1", "--format", "json"])
        #expect(open.status == 0, "\(open.stdout)\(open.stderr)")
        #expect(try Self.violations(open.stdout).isEmpty)
        agents = try Self.agents(open.stdout)
        #expect(Set(agents.values.compactMap { $0["readiness"] as? String }) == ["ready"])
        #expect(agents["ui-agent"]?["commits"] as? Int == 2)
        #expect(try JSONReport(open.stdout).object["open"] as? Bool == true)

        // The base moves on: everyone is behind, still mergeable, and the gate stays open.
        try repo.write("README.md", "moved on\n")
        try repo.commitAll("main moves")
        let stale = try repo.territory(["status", "--format", "json"])
        #expect(stale.status == 0)
        agents = try Self.agents(stale.stdout)
        #expect(agents["api-agent"]?["readiness"] as? String == "stale-base")
        #expect(agents["api-agent"]?["behind"] as? Int == 1)
    }

    @Test func reportFormatsAreRefused() throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["status", "--format", "sarif"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'text', 'json' or 'markdown'"), "\(result.stderr)")
    }
}
