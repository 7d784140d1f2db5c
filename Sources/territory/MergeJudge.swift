import TerritoryGit
import TerritoryKit

/// Judges what a merge brings into HEAD: the merged branch as its agent, with the branch's
/// changes since its merge base with HEAD. Used by pre-merge-commit, and by pre-commit when it
/// concludes a merge that had stopped.
struct MergeJudge {
    let repository: Repository
    let loaded: LoadedPlan
    let hook: HookOptions
    let verdict: HookVerdict

    func run(_ merged: MergedBranch, head: ObjectID, command: String) throws -> Int32 {
        guard let identity = try IdentityResolver(plan: loaded.plan, repository: repository, environment: [:])
            .resolve(explicit: hook.agent, branch: merged.bareName) else {
            return verdict.notAnAgent("the merged branch \(merged.name ?? String(merged.commit.description.prefix(7)))")
        }
        let start = try repository.mergeBase(head, merged.commit)
        let (agent, findings) = try RangeJudge(repository: repository, loaded: loaded)
            .judge(identity, branch: merged.name, from: start, to: merged.commit)
        var report = Report(command: command, planFile: loaded.plan.file, planSource: loaded.source,
                            base: "HEAD", agents: [agent], findings: findings)
        if report.isBlocking { report.notes.append("merge blocked; to abandon it: git merge --abort") }
        return try verdict.finish(report)
    }
}
