import TerritoryGit
import TerritoryKit

/// Judges what a commit brings in since a starting commit, as one agent: the shared work of
/// the merge, push and server hooks and of the CI gate.
struct RangeJudge {
    let repository: Repository
    let loaded: LoadedPlan
    /// Compiled once, for every range judged with this plan.
    private let checker: Checker

    init(repository: Repository, loaded: LoadedPlan) {
        self.repository = repository
        self.loaded = loaded
        self.checker = Checker(map: TerritoryMap(plan: loaded.plan))
    }

    var plan: Plan { loaded.plan }

    /// The changes from `start` (usually a merge base) to `head`, judged as `identity`.
    func judge(_ identity: AgentIdentity, branch: String?, from start: ObjectID?, to head: ObjectID) throws -> (CheckedAgent, [Finding]) {
        let oldTree = try start.map { commit in try repository.tree(ofCommit: commit) }
        let changes = try repository.changes(from: oldTree, to: try repository.tree(ofCommit: head)).map(ChangedPath.init)
        let found = checker.check(AgentChange(agentID: identity.agentID, source: branch ?? "", changes: changes))
        let findings = WaiverPolicy(loaded: loaded).apply(found, commits: try WaiverPolicy.commits(repository, from: start, to: head))
        let agent = CheckedAgent(
            id: identity.agentID, branch: branch, mapping: identity.source,
            mergeBase: start.map { String($0.description.prefix(7)) }, changedPaths: changes.count)
        return (agent, findings)
    }

    /// Where a pushed branch's new work starts: the old tip when it is an ancestor (a normal
    /// push), else the merge base with `fallback` (a new branch, or a rewritten one).
    func start(old: ObjectID?, new: ObjectID, fallback: ObjectID?) throws -> ObjectID? {
        if let old, try old == new || repository.isDescendant(new, of: old) { return old }
        if let old, let base = try repository.mergeBase(old, new) { return base }
        guard let fallback else { return nil }
        return try repository.mergeBase(fallback, new)
    }
}
