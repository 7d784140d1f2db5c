import Foundation

/// The stable, versioned machine format (DESIGN §7). Scripts depend on
/// `findings[].rule/severity/agent/path/owners/plan.file/plan.line` and `summary`: keep those
/// names; add fields freely. Keys are sorted so output diffs cleanly.
public struct JSONReporter: Reporter {
    public static let schemaVersion = 1

    public init() {}

    public func render(_ report: Report) -> String {
        let document: [String: Any] = [
            "schemaVersion": Self.schemaVersion,
            "command": report.command,
            "plan": ["file": report.planFile, "source": report.planSource],
            "base": report.base ?? NSNull(),
            "agents": report.agents.map(agentObject),
            "findings": report.findings.map(Self.findingObject),
            "notes": report.notes,
            "summary": ["errors": report.summary.errors, "warnings": report.summary.warnings, "notes": report.summary.notes],
        ]
        return JSONText.render(document)
    }

    private func agentObject(_ agent: CheckedAgent) -> [String: Any] {
        var object: [String: Any] = [
            "id": agent.id, "branch": agent.branch ?? NSNull(), "mapping": agent.mapping,
            "mergeBase": agent.mergeBase ?? NSNull(), "changedPaths": agent.changedPaths,
        ]
        if let commit = agent.commit { object["commit"] = commit }
        return object
    }

    static func findingObject(_ finding: Finding) -> [String: Any] {
        var object: [String: Any] = [
            "rule": finding.rule, "severity": finding.severity.rawValue, "agent": finding.agent ?? NSNull(),
            "path": finding.path, "owners": finding.owners, "message": finding.message, "hint": finding.hint,
            "plan": finding.plan.map { ["file": $0.file, "line": $0.line] as [String: Any] } ?? NSNull(),
        ]
        if let rename = finding.rename { object["rename"] = ["from": rename.from, "to": rename.to] }
        if let otherAgent = finding.otherAgent { object["otherAgent"] = otherAgent }
        if let branch = finding.branch { object["branch"] = branch }
        if let commit = finding.commit { object["commit"] = commit }
        return object
    }
}

/// Serialises JSON the same way everywhere: sorted keys, two-space pretty printing, slashes left
/// alone, a final newline.
public enum JSONText {
    public static func render(_ object: Any) -> String {
        let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard JSONSerialization.isValidJSONObject(object),
              let data = try? JSONSerialization.data(withJSONObject: object, options: options)
        else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
