import TerritoryGit
import TerritoryKit

/// The work of `check`: find the base and the plan, tie branches to agents, read each branch's
/// changes since its merge base, and judge them.
struct BranchCheck {
    let repository: Repository
    let planPath: String?

    func run(base requestedBase: String?, branches: [String], agent: String?) throws -> Report {
        let base = try BaseBranch.resolve(requestedBase, in: repository)
        let loader = PlanLoader(repository: repository, requested: planPath)
        var findings: [Finding] = []
        let loaded: LoadedPlan
        if let trusted = try loader.load(from: base.commit, named: base.name) {
            loaded = trusted
        } else if let untrusted = try untrustedPlan(loader, branches: branches) {
            loaded = untrusted
            findings.append(TrustedPlan.untrusted(untrusted.plan, reason: "\(base.name) has no plan yet", base: base.name))
        } else {
            throw loader.missing(in: base.name)
        }
        let targets = try TargetResolver(plan: loaded.plan, repository: repository, baseName: base.name)
            .resolve(branches: branches, agent: agent)
        let judge = try RangeJudge(repository: repository, loaded: loaded)
        var agents: [CheckedAgent] = []
        for target in targets {
            let head = try repository.resolveCommit(target.branch)
            guard let mergeBase = try repository.mergeBase(base.commit, head) else {
                throw UserError("\(target.branch) shares no history with \(base.name)",
                                hint: "check --base; an agent branch must start from the integration branch")
            }
            let identity = AgentIdentity(agentID: target.agentID, source: target.mapping)
            let (agent, found) = try judge.judge(identity, branch: target.branch, from: mergeBase, to: head)
            agents.append(agent)
            findings += found
        }
        return Report(
            command: "check", planFile: loaded.plan.file, planSource: loaded.source,
            base: base.label, agents: agents, findings: findings)
    }

    /// When the base has no plan yet (it arrives with the branches), the first named or agent-like
    /// branch that has one is used, and the report says the plan is not trusted.
    private func untrustedPlan(_ loader: PlanLoader, branches: [String]) throws -> LoadedPlan? {
        let candidates = branches.isEmpty ? try repository.branches(includeRemote: false).map(\.name) : branches
        for name in candidates {
            guard let commit = repository.commitIfExists(name),
                  let loaded = try loader.load(from: commit, named: name) else { continue }
            return loaded
        }
        return nil
    }
}
