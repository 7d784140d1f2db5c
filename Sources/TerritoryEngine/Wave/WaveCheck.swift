import TerritoryGit
import TerritoryKit

/// One agent of a wave with its branch found: what the wave analyses need about it.
struct WaveBranch {
    var agentID: String
    var name: String
    var head: ObjectID
    var mergeBase: ObjectID
    var change: AgentChange
}

/// The work of `check --wave N` / `--all-waves`: every agent of the wave checked as `check`
/// does, then the wave as a whole: overlaps, predicted merge conflicts, stale bases.
struct WaveCheck {
    let repository: Repository
    let planPath: String?

    func run(base requestedBase: String?, wave requested: Int?) throws -> Report {
        let base = try BaseBranch.resolve(requestedBase, in: repository)
        let loader = PlanLoader(repository: repository, requested: planPath)
        // Only the base's plan is trusted for a wave: its agents decide what must be merged.
        guard let loaded = try loader.load(from: base.commit, named: base.name) else { throw loader.missing(in: base.name) }
        let plan = loaded.plan
        let known = Array(Set(plan.agents.flatMap(\.waves))).sorted()
        let waves = requested.map { [$0] } ?? known
        if let requested, !known.contains(requested) {
            throw UserError("no agent of \(plan.file) runs in wave \(requested)",
                            hint: known.isEmpty ? "give agents a `**Wave**:` field" : "waves of this plan: " + known.map(String.init).joined(separator: ", "))
        }
        let judge = try RangeJudge(repository: repository, loaded: loaded)
        let map = judge.map
        let matcher = BranchMatcher(plan: plan, branches: try repository.branches())
        let workspace = try MergeWorkspace(for: repository)
        var findings: [Finding] = [], agents: [CheckedAgent] = [], notes: [String] = []
        var previous: [WaveBranch] = []
        for wave in waves {
            let members = try plan.agents.filter { $0.waves.contains(wave) }.map { agent in
                (agent: agent, branch: try locate(matcher.branch(for: agent), base: base))
            }
            // Every branch's changes are read in the background (independent reads); each branch
            // below waits for its own, so the rules judge one while later ones are still read.
            workspace.startReading(members.compactMap(\.branch).map { (from: $0.mergeBase, to: $0.head) })
            var branches: [WaveBranch] = []
            for (agent, located) in members {
                guard let located else {
                    findings.append(Self.missing(agent, wave: wave))
                    continue
                }
                let branch = try read(located, in: workspace)
                if !agents.contains(where: { $0.id == agent.id }) {
                    // Territory rules, contracts and waivers exactly as `check` applies them.
                    let (checked, found) = try judge.judge(
                        AgentIdentity(agentID: agent.id, source: located.match.mapping), branch: located.match.branch,
                        changes: branch.change.changes, from: branch.mergeBase, to: branch.head)
                    findings += found
                    agents.append(checked)
                    if branch.change.changes.isEmpty { findings.append(Self.noChanges(branch, base: base.name)) }
                }
                branches.append(branch)
            }
            findings += WaveOverlaps(map: map).findings(branches.map(\.change), wave: wave)
            let merges = try WaveMerge(workspace: workspace, base: base.commit).analyse(branches)
            findings += WaveConflictFindings(map: map).findings(merges.conflicts, wave: wave)
            notes.append("wave \(wave): " + merges.summary)
            findings += try WaveStaleness(repository: repository, workspace: workspace, base: base)
                .staleness(branches, previousWave: previous).flatMap { $0.findings(base: base.name, wave: wave) }
            previous = branches
        }
        return Report(
            command: requested.map { "check --wave \($0)" } ?? "check --all-waves", planFile: plan.file,
            planSource: loaded.source, base: base.label,
            agents: agents, findings: findings, notes: notes)
    }

    /// An agent's branch with its tip and where it left the base.
    private struct LocatedBranch {
        var match: BranchMatch
        var head: ObjectID
        var mergeBase: ObjectID
    }

    /// Nil when the agent has no branch (or only the base's).
    private func locate(_ match: BranchMatch?, base: BaseBranch) throws -> LocatedBranch? {
        guard let match, match.branch != base.name else { return nil }
        let head = try repository.resolveCommit(match.branch)
        guard let mergeBase = try repository.mergeBase(base.commit, head) else {
            throw UserError("\(match.branch) shares no history with \(base.name)",
                            hint: "check --base; an agent branch must start from the integration branch")
        }
        return LocatedBranch(match: match, head: head, mergeBase: mergeBase)
    }

    /// The branch's changes are read through the workspace, which keeps them for the merges.
    private func read(_ located: LocatedBranch, in workspace: MergeWorkspace) throws -> WaveBranch {
        let match = located.match
        let changes = try workspace.changes(from: located.mergeBase, to: located.head, renames: .exact).map(ChangedPath.init)
        return WaveBranch(agentID: match.agentID, name: match.branch, head: located.head, mergeBase: located.mergeBase,
                          change: AgentChange(agentID: match.agentID, source: match.branch, changes: changes))
    }

    static func missing(_ agent: Agent, wave: Int) -> Finding {
        let rule = WaveRules.missingBranch
        return Finding(
            rule: rule.id, severity: rule.defaultSeverity, agent: agent.id, path: agent.branch ?? "agent/\(agent.id)",
            message: "\(agent.id) runs in wave \(wave) but has no branch (tried "
                + (agent.branch.map { "its Branch field `\($0)`, " } ?? "") + BranchMatcher.patterns.joined(separator: ", ") + ")",
            plan: agent.location, hint: "fetch or push the agent's branch, or name it in a `**Branch**:` field")
    }

    static func noChanges(_ branch: WaveBranch, base: String) -> Finding {
        let rule = WaveRules.noChanges
        return Finding(
            rule: rule.id, severity: rule.defaultSeverity, agent: branch.agentID, path: branch.name,
            message: "\(branch.name) has no changes since it left \(base)", plan: nil,
            hint: "nothing to do if the agent has not started; otherwise commit its work")
    }
}
