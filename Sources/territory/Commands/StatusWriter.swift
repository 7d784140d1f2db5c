import Foundation
import TerritoryEngine
import TerritoryKit

/// `territory status` as text, JSON (`schemaVersion` 1, docs/formats.md, docs/schema/status.schema.json)
/// or markdown. Every format is written from the one `StatusReport`.
enum StatusWriter {
    static let schemaVersion = 1

    static func text(_ status: StatusReport) -> String {
        var lines = ["territory status: plan \(status.planFile) (from \(status.planSource)), base \(status.base)"]
        for wave in status.waves {
            lines += ["", "wave \(wave.wave): gate \(gate(wave)), \(wave.mergeableCount) of \(wave.agents.count) agents mergeable"]
            let idWidth = wave.agents.map(\.id.count).max() ?? 0
            let branchWidth = wave.agents.map { ($0.branch ?? "-").count }.max() ?? 0
            for agent in wave.agents {
                var line = "  " + pad(agent.id, idWidth) + "  " + pad(agent.readiness.rawValue, 11) + "  " + pad(agent.branch ?? "-", branchWidth)
                line += "  " + work(agent)
                let why = reasons(agent)
                if !why.isEmpty { line += "  " + why }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func markdown(_ status: StatusReport) -> String {
        var lines: [String] = []
        for wave in status.waves {
            lines += [
                "## territory status: wave \(wave.wave), gate \(gate(wave))", "",
                "\(wave.mergeableCount) of \(wave.agents.count) agents mergeable. Plan `\(status.planFile)` (from `\(status.planSource)`), base `\(status.base)`.",
                "", "| agent | readiness | branch | work | errors | warnings | notes | why |", "|---|---|---|---|---:|---:|---:|---|",
            ]
            for agent in wave.agents {
                let cells = [
                    "`\(agent.id)`", agent.readiness.rawValue, agent.branch.map { "`\($0)`" } ?? "—", work(agent),
                    "\(agent.summary.errors)", "\(agent.summary.warnings)", "\(agent.summary.notes)", reasons(agent),
                ]
                lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ status: StatusReport) -> String {
        JSONText.render([
            "schemaVersion": schemaVersion,
            "command": "status",
            "plan": ["file": status.planFile, "source": status.planSource],
            "base": status.base,
            "open": status.isOpen,
            "waves": status.waves.map { wave in
                [
                    "wave": wave.wave, "gate": gate(wave), "mergeable": wave.mergeableCount, "notes": wave.notes,
                    "agents": wave.agents.map(agentObject),
                ] as [String: Any]
            },
        ] as [String: Any])
    }

    private static func agentObject(_ agent: AgentStatus) -> [String: Any] {
        [
            "id": agent.id, "name": agent.name, "branch": agent.branch ?? NSNull(), "mapping": agent.mapping ?? NSNull(),
            "mergeBase": agent.mergeBase ?? NSNull(), "commits": agent.commits, "behind": agent.behind,
            "changedPaths": agent.changedPaths, "readiness": agent.readiness.rawValue, "mergeable": agent.readiness.isMergeable,
            "conflictsWith": agent.conflictsWith,
            "summary": ["errors": agent.summary.errors, "warnings": agent.summary.warnings, "notes": agent.summary.notes],
            "findings": agent.findings.map { finding in
                var object: [String: Any] = ["rule": finding.rule, "severity": finding.severity.rawValue, "path": finding.path,
                                             "message": finding.message]
                if let other = finding.otherAgent { object["otherAgent"] = other }
                return object
            },
        ]
    }

    private static func gate(_ wave: WaveStatus) -> String { wave.isOpen ? "open" : "closed" }

    /// "2 commits, 3 paths" (and how far behind the base), or why there is no work yet.
    private static func work(_ agent: AgentStatus) -> String {
        guard agent.branch != nil else { return "no branch" }
        var text = (agent.commits == 1 ? "1 commit" : "\(agent.commits) commits") + ", "
            + (agent.changedPaths == 1 ? "1 path" : "\(agent.changedPaths) paths")
        if agent.behind > 0 { text += ", \(agent.behind) behind" }
        return text
    }

    /// What keeps the agent from `ready`: its error findings (then warnings), at most three.
    private static func reasons(_ agent: AgentStatus) -> String {
        let shown = agent.findings.filter { $0.severity == .error } + agent.findings.filter { $0.severity == .warning }
        guard !shown.isEmpty else { return "" }
        var parts = shown.prefix(3).map { finding in
            "\(finding.rule) \(finding.path)" + (finding.otherAgent.map { " (with \($0))" } ?? "")
        }
        if shown.count > 3 { parts.append("+\(shown.count - 3) more") }
        return parts.joined(separator: "; ")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
