import Foundation
import TerritoryKit

/// One Claude Code subagent definition, `.claude/agents/<id>.md`, for one agent of the plan: YAML
/// frontmatter (name, description, a `PreToolUse` guard hook, optionally `isolation: worktree`)
/// and a body — the subagent's system prompt — that tells the agent its territory and the commit
/// convention.
///
/// Fields as Claude Code documents them (https://code.claude.com/docs/en/sub-agents#supported-frontmatter-fields):
/// `name` (lowercase letters and hyphens), `description` (when to delegate), `hooks` (the
/// settings' hook format, run only while this subagent runs), `isolation` (`worktree` is the only
/// value). `tools` and `model` are left out: the subagent inherits them.
struct SubagentDefinition {
    let agent: Agent
    let plan: Plan
    /// The first line of prose in the agent's section, if any.
    let summary: String?
    let contracts: [Contract]
    let guardHook: GuardHook
    let isolation: Bool

    var text: String { frontmatter + "\n" + body }

    private var frontmatter: String {
        var lines = [
            "---",
            "name: " + OrderedJSON.quoted(agent.id),
            "description: " + OrderedJSON.quoted(description),
            "hooks:",
            "  PreToolUse:",
            "    - matcher: " + OrderedJSON.quoted(GuardHook.matcher),
            "      hooks:",
            "        - type: command",
            "          command: " + OrderedJSON.quoted(guardHook.command(agent: agent.id)),
        ]
        if isolation { lines.append("isolation: worktree") }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Use for …": Claude delegates by this text, so it names the agent, the plan and what it writes.
    var description: String {
        var text = "Use for \(displayName)'s part of the \(planName) plan"
        if !agent.waves.isEmpty { text += " (wave " + agent.waves.map(String.init).joined(separator: ", ") + ")" }
        if let summary { text += ": " + summary.trimmingCharacters(in: [" ", "."]) }
        let own = agent.entries(.write).filter { !$0.isExclusion }.map(\.pattern)
        if !own.isEmpty {
            text += ". It writes only " + own.prefix(3).map { "`\($0)`" }.joined(separator: ", ")
            if own.count > 3 { text += " and \(own.count - 3) more" }
        }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ") + "."
    }

    private var displayName: String { agent.name == agent.id ? agent.id : "\(agent.name) (\(agent.id))" }

    private var planName: String {
        let folder = plan.folder.split(separator: "/").last.map(String.init)
        return folder.map { "`\($0)`" } ?? "`\(plan.file)`"
    }

    private var body: String {
        var lines = [
            "You are \(displayName), one of several agents working in parallel on the plan `\(plan.file)`"
                + (agent.waves.isEmpty ? "." : ", wave " + agent.waves.map(String.init).joined(separator: ", ") + "."),
            "Your territory is enforced: a hook refuses edits outside it before they happen, and git hooks and the CI gate",
            "refuse commits that cross it. Each entry below names the plan line that grants it.",
        ]
        lines += section("You may write", agent.entries(.write))
        lines += section("You may read, never change", agent.entries(.read))
        lines += section("Shared: change only as the plan line says", agent.entries(.shared))
        lines += section("Never touch", agent.entries(.forbidden))
        lines += [
            "",
            "Everything else belongs to another agent or to nobody: read it if you need to, never write it. When the work",
            "needs a change outside your territory, do not make it: finish your part and say in your answer which file",
            "needs what, so the orchestrator can give it to its owner.",
        ]
        lines += contractLines
        lines += [
            "",
            "## Commits",
            "",
        ]
        lines += isolation ? [
            "You work in a git worktree of your own, which Claude Code made for this task: commit your work there, on its branch.",
        ] : [
            "Other agents may work in this same checkout: stage only the files you changed (`git add PATH...`), never",
            "`git add -A` or `git commit -a`, and commit on the branch that is checked out.",
        ]
        lines += [
            "End every commit message with this trailer line, after a blank line:",
            "",
            "    Agent: \(agent.id)",
            "",
            "territory judges each commit as the agent its trailer names. Before you finish, run",
            "`\(ShellQuote.quote(guardHook.executable)) check --commits` and fix what it reports about your commits.",
            "",
            "(Written by `territory setup claude-code` from \(agent.location). Run it again with `--force` after the plan changes.)",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private func section(_ title: String, _ entries: [Entry]) -> [String] {
        guard !entries.isEmpty else { return [] }
        return ["", "## \(title)", ""] + entries.map { entry in
            var line = entry.isExclusion ? "- except `\(entry.pattern.dropFirst())`" : "- `\(entry.pattern)`"
            if !entry.annotations.isEmpty { line += " (" + entry.annotations.joined(separator: ", ") + ")" }
            return line + " — \(entry.location)"
        }
    }

    private var contractLines: [String] {
        let provided = contracts.filter { $0.isProvided(by: agent) }
        let consumed = contracts.filter { contract in !contract.isProvided(by: agent) && consumes(contract) }
        guard !provided.isEmpty || !consumed.isEmpty else { return [] }
        var lines = ["", "## Contracts", ""]
        for contract in provided {
            lines.append("- You provide `\(contract.id)` (\(contract.file)): keep its declared interface"
                + (contract.consumers.isEmpty ? "" : " — " + contract.consumers.joined(separator: ", ") + " build against it")
                + Self.anchors(contract) + ".")
        }
        for contract in consumed {
            lines.append("- You consume `\(contract.id)` (\(contract.file)) from \(contract.providerName): import only its interface"
                + Self.anchors(contract) + ", never its internals.")
        }
        return lines
    }

    private static func anchors(_ contract: Contract) -> String {
        let files = contract.anchoredFiles
        guard !files.isEmpty else { return "" }
        return " (" + files.prefix(4).map { "`\($0)`" }.joined(separator: ", ") + (files.count > 4 ? ", …" : "") + ")"
    }

    /// True when the contract lists this agent among its consumers (by id, name or alias).
    private func consumes(_ contract: Contract) -> Bool {
        let keys = Set(([agent.id, agent.name] + agent.aliases).map { Agent.slug($0) })
        return contract.consumers.contains { keys.contains(Agent.slug($0)) }
    }
}

/// The guard as a hook command: the territory binary by absolute path — so that an agent whose
/// PATH lacks territory cannot slip through — and `|| exit 2`, because Claude Code treats any
/// other failing exit status (a missing binary's 127 among them) as a non-blocking error and
/// lets the tool run (https://code.claude.com/docs/en/hooks#exit-code-2).
public struct GuardHook: Sendable {
    /// The tools that write: Claude Code's file tools (`MultiEdit` for older versions) and `Bash`,
    /// whose write commands the guard reads too.
    public static let matcher = "Write|Edit|MultiEdit|NotebookEdit|Bash"

    /// The territory binary, an absolute path.
    public let executable: String

    public init(executable: String) { self.executable = executable }

    /// `'/usr/local/bin/territory' guard --agent api-agent || exit 2`; no `--agent` for the
    /// session-level guard, which finds the agent of the worktree itself.
    public func command(agent: String?) -> String {
        ShellQuote.quote(executable) + " guard" + (agent.map { " --agent " + ShellQuote.quote($0) } ?? "") + " || exit 2"
    }
}
