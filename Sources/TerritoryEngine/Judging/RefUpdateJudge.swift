import TerritoryGit
import TerritoryKit

/// One ref a push changes, as git hands it to pre-push, pre-receive and update.
public struct RefUpdate {
    public var ref: String
    public var old: String
    public var new: String

    public static let zero = String(repeating: "0", count: 40)

    public init(ref: String, old: String, new: String) {
        self.ref = ref
        self.old = old
        self.new = new
    }

    var isDeletion: Bool { new == Self.zero }
    var isCreation: Bool { old == Self.zero }

    /// `refs/heads/agent/api` → `agent/api`; nil for tags and other refs, which have no agent.
    var branch: String? {
        ref.hasPrefix("refs/heads/") ? String(ref.dropFirst("refs/heads/".count)) : nil
    }
}

/// Judges pushed refs with the plan from the receiving side's base: the shared work of pre-push,
/// pre-receive and update. An agent's branch is judged as its agent; a branch of no agent owns
/// nothing; the base branch itself is judged commit by commit (`CommitJudge`).
struct RefUpdateJudge {
    let engine: Engine
    let baseName: String?
    let agent: String?
    let policy: UnattributedPolicy
    let command: String

    func judge(_ updates: [RefUpdate]) throws -> HookOutcome {
        let repository = engine.repository
        guard let base = try BaseBranch.resolveIfAny(baseName, in: repository) else {
            return .skipped("no base branch yet (main, master), so no trusted plan; not checked")
        }
        guard let loaded = try engine.loader.load(from: base.commit, named: base.name) else {
            return .skipped("no plan in \(base.name), not checked")
        }
        let judge = try RangeJudge(repository: repository, loaded: loaded)
        let identities = IdentityResolver(plan: loaded.plan, repository: repository, environment: engine.environment)
        var agents: [CheckedAgent] = []
        var findings: [Finding] = []
        var strangers: [String] = []
        for update in updates where !update.isDeletion {
            guard let branch = update.branch, let new = repository.commitIfExists(update.new) else { continue }
            let old = update.isCreation ? nil : repository.commitIfExists(update.old)
            if branch == base.name {
                let (checked, found) = try CommitJudge(repository: repository, judge: judge, policy: policy)
                    .judge(branch: branch, from: old, to: new)
                agents += checked
                findings += found
                continue
            }
            let named = try identities.resolve(explicit: agent, branch: branch)
            let start = try judge.start(old: old, new: new, fallback: base.commit)
            guard let (checked, found) = try judge.judgeBranch(
                named: named, unattributed: "branch \(branch)", branch: branch, from: start, to: new,
                integrated: base.commit, policy: policy)
            else {
                strangers.append(branch)
                continue
            }
            agents += checked
            findings += found
        }
        let unattributed = "branch " + strangers.joined(separator: ", ")
        if policy == .refused, !strangers.isEmpty { return .unattributed(unattributed) }
        guard !agents.isEmpty else { return strangers.isEmpty ? .skipped("no branch pushed, not checked") : .unattributed(unattributed) }
        var report = Report(command: command, planFile: loaded.plan.file, planSource: loaded.source,
                            base: base.name, agents: agents, findings: findings)
        if policy == .notChecked, !strangers.isEmpty { report.notes.append("not agent branches, not checked: " + strangers.joined(separator: ", ")) }
        return .report(report)
    }
}
