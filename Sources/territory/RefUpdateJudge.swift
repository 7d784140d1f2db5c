import TerritoryGit
import TerritoryKit

/// Judges pushed refs, each as the agent its branch belongs to, with the plan from the
/// receiving side's base: the shared work of pre-push, pre-receive and update.
struct RefUpdateJudge {
    let repository: Repository
    let planPath: String?
    let baseName: String?
    let hook: HookOptions
    let command: String

    /// The report for the updates, or nil (with the reason) when there is nothing to judge.
    func judge(_ updates: [RefUpdate]) throws -> Result {
        guard let base = try DefaultBase.resolveIfAny(baseName, in: repository) else {
            return .skipped("no base branch yet (main, master), so no trusted plan; not checked")
        }
        let loader = PlanLoader(repository: repository, requested: planPath)
        guard let loaded = try loader.load(from: base.commit, named: base.name) else { return .skipped("no plan in \(base.name), not checked") }
        var agents: [CheckedAgent] = []
        var findings: [Finding] = []
        var strangers: [String] = []
        for update in updates where !update.isDeletion {
            guard let branch = update.branch, branch != base.name, let new = repository.commitIfExists(update.new) else { continue }
            guard let identity = try IdentityResolver(plan: loaded.plan, repository: repository)
                .resolve(explicit: hook.agent, branch: branch) else {
                strangers.append(branch)
                continue
            }
            let judge = try RangeJudge(repository: repository, loaded: loaded)
            let old = update.isCreation ? nil : repository.commitIfExists(update.old)
            let start = try judge.start(old: old, new: new, fallback: base.commit)
            let (agent, found) = try judge.judge(identity, branch: branch, from: start, to: new)
            agents.append(agent)
            findings += found
        }
        guard !agents.isEmpty else {
            return strangers.isEmpty ? .skipped("no agent branch pushed, not checked") : .strangers(strangers)
        }
        var report = Report(command: command, planFile: loaded.plan.file, planSource: loaded.source,
                            base: base.name, agents: agents, findings: findings)
        if !strangers.isEmpty { report.notes.append("not agent branches, not checked: " + strangers.joined(separator: ", ")) }
        return .report(report)
    }

    enum Result {
        case report(Report)
        case skipped(String)
        case strangers([String])
    }
}
