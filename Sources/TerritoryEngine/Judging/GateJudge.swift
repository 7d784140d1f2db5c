import TerritoryGit
import TerritoryKit

/// The CI merge gate: judges `merge-base(base, head)..head` with the plan from the base tip —
/// never from a merge base the branch's author chose — where `--no-verify` cannot skip it.
struct GateJudge {
    let engine: Engine

    func judge(base: String, head: String, agent: String?, policy: UnattributedPolicy) throws -> HookOutcome {
        let repository = engine.repository
        let baseCommit = try repository.resolveCommit(base)
        let headCommit = try repository.resolveCommit(head)
        guard let mergeBase = try Self.mergeBase(repository, baseCommit, headCommit) else {
            throw UserError("\(head) shares no history with \(base)", hint: "check --base and --head")
        }
        guard let trusted = try engine.trustedPlan(base: base, fallback: (headCommit, head)) else {
            return .skipped("no plan in \(base) or \(head), not checked")
        }
        let source = CIEnvironment.sourceBranch(engine.environment)
        let branch = source?.branch ?? (head == "HEAD" ? repository.currentBranch() : head)
        let named = try IdentityResolver(plan: trusted.plan, repository: repository, environment: engine.environment)
            .resolve(explicit: agent, branch: branch)
        let what = "branch \(branch ?? head)" + (source.map { " (from \($0.variable))" } ?? "")
        guard let (checked, findings) = try RangeJudge(repository: repository, loaded: trusted.loaded, gate: true)
            .judgeBranch(named: named, unattributed: what, branch: branch, from: mergeBase, to: headCommit,
                         integrated: baseCommit, policy: policy)
        else { return .unattributed(what) }
        return .report(Report(command: "gate", planFile: trusted.plan.file, planSource: trusted.loaded.source,
                              base: "\(base)@\(String(baseCommit.description.prefix(7)))", agents: checked,
                              findings: findings + (trusted.warning.map { [$0] } ?? [])))
    }

    /// The merge base; in a shallow clone that lacks it, an error with the fix for each CI.
    static func mergeBase(_ repository: Repository, _ base: ObjectID, _ head: ObjectID) throws -> ObjectID? {
        do {
            return try repository.mergeBase(base, head)
        } catch where repository.isShallow {
            throw UserError(
                "this is a shallow clone without the merge base of the change and its base branch",
                hint: "fetch the history: `fetch-depth: 0` on actions/checkout (GitHub Actions), `GIT_DEPTH: 0` (GitLab CI), "
                    + "or `git fetch --unshallow` here")
        }
    }
}
