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

/// Judges pushed refs, each as the agent its branch belongs to, with the plan from the
/// receiving side's base: the shared work of pre-push, pre-receive and update.
struct RefUpdateJudge {
    let repository: Repository
    let planPath: String?
    let baseName: String?
    let agent: String?
    let environment: [String: String]
    let command: String

    func judge(_ updates: [RefUpdate]) throws -> HookOutcome {
        guard let base = try BaseBranch.resolveIfAny(baseName, in: repository) else {
            return .skipped("no base branch yet (main, master), so no trusted plan; not checked")
        }
        let loader = PlanLoader(repository: repository, requested: planPath)
        guard let loaded = try loader.load(from: base.commit, named: base.name) else { return .skipped("no plan in \(base.name), not checked") }
        let judge = try RangeJudge(repository: repository, loaded: loaded)
        let identities = IdentityResolver(plan: loaded.plan, repository: repository, environment: environment)
        var agents: [CheckedAgent] = []
        var findings: [Finding] = []
        var strangers: [String] = []
        for update in updates where !update.isDeletion {
            guard let branch = update.branch, branch != base.name, let new = repository.commitIfExists(update.new) else { continue }
            guard let identity = try identities.resolve(explicit: agent, branch: branch) else {
                strangers.append(branch)
                continue
            }
            let old = update.isCreation ? nil : repository.commitIfExists(update.old)
            let start = try judge.start(old: old, new: new, fallback: base.commit)
            let (checked, found) = try judge.judge(identity, branch: branch, from: start, to: new)
            agents.append(checked)
            findings += found
        }
        guard !agents.isEmpty else {
            return strangers.isEmpty ? .skipped("no agent branch pushed, not checked") : .unattributed("branch " + strangers.joined(separator: ", "))
        }
        var report = Report(command: command, planFile: loaded.plan.file, planSource: loaded.source,
                            base: base.name, agents: agents, findings: findings)
        if !strangers.isEmpty { report.notes.append("not agent branches, not checked: " + strangers.joined(separator: ", ")) }
        return .report(report)
    }
}
