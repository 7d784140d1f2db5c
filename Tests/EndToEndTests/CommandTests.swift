import Foundation
import TestSupport
import Testing

/// Branch selection, `show`, `who`, output formats, and the promise never to write.
@Suite struct CommandTests {
    @Test func rulesCommandPrintsTheCommittedReferencePage() throws {
        let page = try String(contentsOf: PackageRoot.url.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        let markdown = try TerritoryBinary.run(["rules", "--format", "markdown"], in: PackageRoot.url)
        #expect(markdown.status == 0)
        #expect(markdown.stdout == page, "regenerate with: territory rules --format markdown > docs/rules.md")
        let json = try TerritoryBinary.run(["rules", "--format", "json"], in: PackageRoot.url)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["schemaVersion"] as? Int == 1)
        #expect((object?["rules"] as? [[String: Any]])?.contains { $0["id"] as? String == "outside-territory" } == true)
        #expect(try TerritoryBinary.run(["rules", "--format", "sarif"], in: PackageRoot.url).status == 2)
    }

    @Test func agentOptionFindsItsBranch() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("work/api") { try repo.write("src/api/a.py") }
        try repo.branch("agent/docs-agent") { try repo.write("src/api/b.py") }
        let result = try repo.territory(["check", "--agent", "docs-agent", "--format", "json"])
        #expect(result.status == 1)
        #expect(try JSONReport(result.stdout).findingLines == ["outside-territory docs-agent src/api/b.py"])
    }

    @Test func namedBranchJudgedAsNamedAgent() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("experiment") { try repo.write("docs/x.md") }
        let result = try repo.territory(["check", "--agent", "3", "experiment", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let agents = try JSONReport(result.stdout).object["agents"] as? [[String: Any]]
        #expect(agents?.first?["id"] as? String == "docs-agent")
        #expect(agents?.first?["mapping"] as? String == "--agent")
    }

    @Test func branchPatternsTieBranchesToAgents() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/ui-agent") { try repo.write("src/ui/a.tsx") }
        try repo.branch("feature/docs-agent") { try repo.write("docs/a.md") }
        let result = try repo.territory(["check", "--format", "json"])
        let agents = (try JSONReport(result.stdout).object["agents"] as? [[String: Any]]) ?? []
        let mappings = agents.map { "\($0["id"] as? String ?? "") \($0["branch"] as? String ?? "") \($0["mapping"] as? String ?? "")" }
        #expect(mappings == ["ui-agent agent/ui-agent pattern agent/{id}", "docs-agent feature/docs-agent pattern */{id}"])
        #expect(result.status == 0)
    }

    @Test func textReportNamesRuleLineAndFixWithoutColorWhenPiped() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/docs-agent") { try repo.write("src/ui/App.tsx", "x\n") }
        let result = try repo.territory(["check"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("outside-territory"))
        #expect(result.stdout.contains("\(ScenarioPlan.path):\(ScenarioPlan.Line.uiTerritory)"))
        #expect(result.stdout.contains("fix:"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func checkNeverWritesToTheRepository() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/docs-agent") { try repo.write("src/ui/App.tsx", "x\n") }
        try repo.write("untracked.txt")
        let before = try repo.fingerprint()
        for arguments in [["check"], ["check", "--format", "json"], ["show"], ["who", "src/ui/App.tsx"], ["check", "nope"]] {
            _ = try TerritoryBinary.run(arguments, in: repo.root)
        }
        #expect(try repo.fingerprint() == before)
    }

    @Test func whoNamesOwnersAndDecidingLine() throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["who", "src/shared/types.ts", "nowhere/x", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let paths = try JSONReport(result.stdout).object["paths"] as? [[String: Any]] ?? []
        #expect(paths.first?["owners"] as? [String] == ["ui-agent"])
        let read = paths.first?["read"] as? [[String: Any]]
        #expect(read?.first?["agent"] as? String == "api-agent")
        #expect((read?.first?["plan"] as? [String: Any])?["line"] as? Int == ScenarioPlan.Line.apiReadOnly)
        #expect(paths.last?["owners"] as? [String] == [])
    }

    @Test func whoResolvesPathsFromASubfolder() throws {
        let repo = try ScenarioPlan.repository()
        let result = try TerritoryBinary.run(["who", "App.tsx"], in: repo.root.appendingPathComponent("src/ui"))
        #expect(result.stdout.contains("src/ui/App.tsx"))
        #expect(result.stdout.contains("ui-agent"))
    }

    @Test func showPrintsAgentsWithEntryLines() throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["show", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let plan = try JSONReport(result.stdout).object["plan"] as? [String: Any]
        let agents = plan?["agents"] as? [[String: Any]] ?? []
        #expect(agents.map { $0["id"] as? String ?? "" } == ["api-agent", "ui-agent", "docs-agent"])
        let write = agents.first?["write"] as? [[String: Any]]
        #expect(write?.first?["pattern"] as? String == "src/api/**")
        #expect(write?.first?["line"] as? Int == ScenarioPlan.Line.apiTerritory)
        #expect(agents.first?["branch"] as? String == "work/api")
    }
}
