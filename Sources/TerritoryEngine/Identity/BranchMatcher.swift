import TerritoryGit
import TerritoryKit

/// A branch tied to an agent, and the reason: which plan line or naming pattern tied them.
struct BranchMatch {
    var branch: String
    var agentID: String
    var mapping: String
}

/// Ties branches to agents: the plan's `Branch` field first, then the naming patterns
/// `agent/{id}`, `{id}` and `*/{id}`, where `{id}` is the agent id or one of its aliases.
struct BranchMatcher {
    static let patterns = ["agent/{id}", "{id}", "*/{id}"]

    let plan: Plan
    /// Every key (an id, an alias's slug) with the agents it names, built once: a key two agents
    /// share ties no branch.
    private let keyOwners: [String: Set<String>]
    /// Branch names as git lists them: local ones, then remote ones (`origin/x`).
    let branches: [Branch]

    init(plan: Plan, branches: [Branch]) {
        self.plan = plan
        self.branches = branches
        var owners: [String: Set<String>] = [:]
        for agent in plan.agents {
            owners[agent.id.lowercased(), default: []].insert(agent.id)
            for alias in agent.aliases {
                let key = Agent.slug(alias)
                if !key.isEmpty { owners[key, default: []].insert(agent.id) }
            }
        }
        keyOwners = owners
    }

    /// The branch of `agent`, preferring a local branch to a remote one: the first of
    /// `branches(for:)`.
    func branch(for agent: Agent) -> BranchMatch? { branches(for: agent).first }

    /// Every branch that ties to `agent` — the Branch field's, then each pattern's — so that a
    /// decoy branch with a weaker pattern can never hide the one an agent really works on: `check`
    /// judges them all. A remote branch counts only when no local branch has its name.
    func branches(for agent: Agent) -> [BranchMatch] {
        let local = branches.filter { !$0.isRemote }.map(\.name)
        let remote = branches.filter(\.isRemote).map(\.name).filter { !local.contains(Self.withoutRemote($0)) }
        var matches: [BranchMatch] = []
        if let field = agent.branch {
            let mapping = "Branch field, plan line \(agent.location.line)"
            if local.contains(field) {
                matches.append(BranchMatch(branch: field, agentID: agent.id, mapping: mapping))
            } else if let name = remote.first(where: { Self.withoutRemote($0) == field }) {
                matches.append(BranchMatch(branch: name, agentID: agent.id, mapping: mapping))
            }
        }
        for (names, isRemote) in [(local, false), (remote, true)] {
            for name in names.sorted() where !matches.contains(where: { $0.branch == name }) {
                if let mapping = patternMapping(Self.withoutRemote(name, isRemote: isRemote), agent) {
                    matches.append(BranchMatch(branch: name, agentID: agent.id, mapping: mapping))
                }
            }
        }
        return matches
    }

    /// The agent a named branch belongs to. Throws when several agents claim it.
    func agent(forBranch name: String, isRemote: Bool = false) throws -> BranchMatch? {
        let bare = Self.withoutRemote(name, isRemote: isRemote)
        if let agent = plan.agents.first(where: { $0.branch == bare || $0.branch == name }) {
            return BranchMatch(branch: name, agentID: agent.id, mapping: "Branch field, plan line \(agent.location.line)")
        }
        let matches = plan.agents.compactMap { agent in
            patternMapping(bare, agent).map { BranchMatch(branch: name, agentID: agent.id, mapping: $0) }
        }
        if matches.count > 1 {
            throw UserError("branch \(name) matches several agents: " + matches.map(\.agentID).joined(separator: ", "),
                            hint: "say which with --agent ID")
        }
        return matches.first
    }

    /// The pattern that ties `branch` to `agent`, spelled for the report: `pattern agent/{id}`.
    private func patternMapping(_ branch: String, _ agent: Agent) -> String? {
        let lowered = branch.lowercased()
        for key in keys(agent) {
            if lowered == "agent/" + key { return "pattern agent/{id}" + Self.via(key, agent) }
            if lowered == key { return "pattern {id}" + Self.via(key, agent) }
            if let slash = lowered.lastIndex(of: "/"), lowered[lowered.index(after: slash)...] == key {
                return "pattern */{id}" + Self.via(key, agent)
            }
        }
        return nil
    }

    /// The id and the aliases that can stand in a branch name. Bare numbers are left out: a
    /// branch called `1` or `release/2` is not agent 1 or 2. An alias that is another agent's id,
    /// or another agent's alias too, never ties a branch: ids win, and a shared alias names no one.
    func keys(_ agent: Agent) -> [String] {
        var keys = [agent.id.lowercased()]
        for alias in agent.aliases {
            let key = Agent.slug(alias)
            guard !key.isEmpty, !key.allSatisfy(\.isNumber), !keys.contains(key), !contested(key, by: agent) else { continue }
            keys.append(key)
        }
        return keys
    }

    /// `alias-collision` findings for lint: each alias key of an agent that is another agent's id
    /// (the key is never used to tie a branch; ids win).
    static func aliasCollisions(in plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        for agent in plan.agents {
            for alias in agent.aliases {
                let key = Agent.slug(alias)
                // An alias two agents share (agents numbered per wave: two `agent-1`s) just names
                // no one; an alias that is another agent's id is an error in the plan.
                let others = plan.agents.filter { $0.id != agent.id && $0.id.lowercased() == key }.map(\.id)
                guard !key.isEmpty, !key.allSatisfy(\.isNumber), key != agent.id.lowercased(), !others.isEmpty else { continue }
                let rule = PolicyRules.aliasCollision
                findings.append(Finding(
                    rule: rule.id, severity: rule.defaultSeverity, agent: agent.id, path: plan.file, owners: others,
                    message: "`\(key)` names \(agent.id) (from `\(alias)`) and also \(others.joined(separator: ", ")); branches and --agent never use it",
                    plan: agent.location, hint: rule.fix))
            }
        }
        return findings
    }

    /// True when `key` is another agent's id or one of its alias keys.
    func contested(_ key: String, by agent: Agent) -> Bool {
        keyOwners[key, default: []].contains { $0 != agent.id }
    }

    private static func via(_ key: String, _ agent: Agent) -> String {
        key == agent.id.lowercased() ? "" : " (alias \(key))"
    }

    static func withoutRemote(_ name: String, isRemote: Bool = true) -> String {
        guard isRemote, let slash = name.firstIndex(of: "/") else { return name }
        return String(name[name.index(after: slash)...])
    }
}
