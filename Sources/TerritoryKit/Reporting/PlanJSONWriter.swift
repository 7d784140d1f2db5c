import Foundation

/// `territory show --format json`: the plan as read (DESIGN §7). Scripts and the fixture tests
/// depend on `plan.agents[].id/name/aliases/waves/branch/write[].pattern/line/read/shared` and
/// `plan.diagnostics[]`.
public struct PlanJSONWriter: Sendable {
    public init() {}

    public func render(_ plan: Plan, source: String) -> String {
        JSONText.render(["schemaVersion": JSONReporter.schemaVersion, "source": source, "plan": object(plan)])
    }

    public func object(_ plan: Plan) -> [String: Any] {
        [
            "file": plan.file,
            "agents": plan.agents.map(agentObject),
            "diagnostics": plan.diagnostics.map { diagnostic in
                [
                    "code": diagnostic.code, "severity": diagnostic.severity.rawValue, "message": diagnostic.message,
                    "file": diagnostic.location.file, "line": diagnostic.location.line,
                ] as [String: Any]
            },
        ]
    }

    private func agentObject(_ agent: Agent) -> [String: Any] {
        var object: [String: Any] = [
            "id": agent.id, "name": agent.name, "aliases": agent.aliases, "waves": agent.waves,
            "branch": agent.branch.map { $0 as Any } ?? NSNullValue.value, "line": agent.location.line,
        ]
        for access in Access.allCases {
            object[access.rawValue] = agent.entries(access).map { entry in
                ["pattern": entry.pattern, "line": entry.location.line, "annotations": entry.annotations] as [String: Any]
            }
        }
        return object
    }
}

/// JSON `null` for the dictionaries the JSON writers build.
enum NSNullValue {
    static var value: Any { NSNull() }
}
