/// Resolves entries that are a bare file name (`documents_api.py`, written without a folder)
/// against the files of the trusted tree (DESIGN §3): a name that one tracked file has becomes
/// that file's path, with a warning; a name several files or none have stays as it was and is
/// reported, so the plan's author can write the path.
public struct BareNameResolver: Sendable {
    public static let annotation = "bare-name"

    public init() {}

    /// True when the plan has bare names, so the caller only lists the tree when it must.
    public func needsFiles(_ plan: Plan) -> Bool {
        plan.agents.contains { $0.entries.contains { $0.annotations.contains(Self.annotation) } }
    }

    public func resolve(_ plan: Plan, files: [String]) -> Plan {
        let wanted = Set(plan.agents.flatMap { $0.entries.filter { $0.annotations.contains(Self.annotation) }.map(\.pattern) })
        var byName: [String: [String]] = [:]
        for file in files {
            let name = file.split(separator: "/").last.map(String.init) ?? file
            if wanted.contains(name) { byName[name, default: []].append(file) }
        }
        var resolved = plan
        for agentIndex in resolved.agents.indices {
            for entryIndex in resolved.agents[agentIndex].entries.indices {
                let entry = resolved.agents[agentIndex].entries[entryIndex]
                guard entry.annotations.contains(Self.annotation) else { continue }
                let matches = byName[entry.pattern] ?? []
                let (diagnostic, path) = outcome(entry, matches)
                resolved.diagnostics.append(diagnostic)
                if let path { resolved.agents[agentIndex].entries[entryIndex].pattern = path }
            }
        }
        return resolved
    }

    private func outcome(_ entry: Entry, _ matches: [String]) -> (PlanDiagnostic, String?) {
        let name = entry.pattern
        switch matches.count {
        case 1:
            return (PlanDiagnostic(code: "bare-name", severity: .warning,
                                   message: "`\(name)` has no folder; it was read as `\(matches[0])`, the one tracked file with that name — write the full path",
                                   location: entry.location), matches[0])
        case 0:
            return (PlanDiagnostic(code: "bare-name", severity: .warning,
                                   message: "`\(name)` has no folder and no tracked file has that name; it only matches a file at the root — write the full path",
                                   location: entry.location), nil)
        default:
            let listed = matches.prefix(3).joined(separator: ", ") + (matches.count > 3 ? ", …" : "")
            return (PlanDiagnostic(code: "bare-name", severity: .warning,
                                   message: "`\(name)` has no folder and \(matches.count) tracked files have that name (\(listed)); it only matches a file at the root — write the full path",
                                   location: entry.location), nil)
        }
    }
}
