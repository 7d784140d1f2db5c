/// `territory who --format json`: per path, the agents by access with the deciding plan line.
public struct WhoJSONWriter: Sendable {
    public init() {}

    public func render(_ answers: [(path: String, ownership: Ownership)], planFile: String, source: String) -> String {
        let paths: [[String: Any]] = answers.map { path, ownership in
            var object: [String: Any] = ["path": path, "owners": ownership.owners]
            for access in Access.allCases {
                object[access.rawValue] = ownership.list(access).map { match in
                    [
                        "agent": match.agentID, "pattern": match.entry.pattern,
                        "plan": ["file": match.entry.location.file, "line": match.entry.location.line],
                    ] as [String: Any]
                }
            }
            return object
        }
        return JSONText.render([
            "schemaVersion": JSONReporter.schemaVersion, "plan": ["file": planFile, "source": source], "paths": paths,
        ])
    }
}
