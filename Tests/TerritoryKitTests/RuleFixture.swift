import TerritoryKit

/// A small plan built in code for rule tests: api-agent owns src/api (minus generated code),
/// reads src/shared/types.ts and must not touch secrets; ui-agent owns src/ui and src/shared;
/// docs-agent shares CHANGELOG.md.
enum RuleFixture {
    static let file = "plans/demo/agent-assignments.md"

    static func entry(_ pattern: String, _ access: Access, line: Int, _ annotations: [String] = []) -> Entry {
        Entry(pattern: pattern, access: access, location: SourceLocation(file: file, line: line), annotations: annotations)
    }

    static let plan = Plan(file: file, agents: [
        Agent(id: "api-agent", name: "API", aliases: ["1"], waves: [1], location: SourceLocation(file: file, line: 3), entries: [
            entry("src/api/**", .write, line: 5),
            entry("!src/api/generated/**", .write, line: 6),
            entry("src/shared/types.ts", .read, line: 8),
            entry("secrets/", .forbidden, line: 10),
        ]),
        Agent(id: "ui-agent", name: "UI", aliases: ["2"], waves: [1], location: SourceLocation(file: file, line: 12), entries: [
            entry("src/ui/", .write, line: 14),
            entry("src/shared/", .write, line: 15),
            entry("src/api/generated/", .write, line: 16),
        ]),
        Agent(id: "docs-agent", name: "Docs", aliases: ["3"], waves: [1], location: SourceLocation(file: file, line: 18), entries: [
            entry("docs/**", .write, line: 20),
            entry("CHANGELOG.md", .shared, line: 21, ["append-only"]),
        ]),
    ])

    static let checker = Checker(map: TerritoryMap(plan: plan))

    static func check(_ agent: String, _ changes: [ChangedPath]) -> [Finding] {
        checker.check(AgentChange(agentID: agent, source: "agent/\(agent)", changes: changes))
    }

    static func modified(_ path: String) -> ChangedPath { ChangedPath(status: .modified, path: path) }
}
