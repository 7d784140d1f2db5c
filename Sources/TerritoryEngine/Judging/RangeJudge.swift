import TerritoryGit
import TerritoryKit

/// Judges what a commit brings in since a starting commit, as one agent: the shared work of
/// the merge, push and server hooks and of the CI gate.
struct RangeJudge {
    let repository: Repository
    let loaded: LoadedPlan
    /// With `gate`, contract declarations never delivered are reported too.
    let gate: Bool
    /// Compiled and read once, for every range judged with this plan.
    private let checker: Checker
    private let contracts: ContractCheck
    private let authors: TrustedAuthors

    init(repository: Repository, loaded: LoadedPlan, gate: Bool = false) throws {
        self.repository = repository
        self.loaded = loaded
        self.gate = gate
        let map = TerritoryMap(plan: loaded.plan)
        self.checker = Checker(map: map)
        self.authors = TrustedAuthors(repository: repository, config: loaded.config)
        self.contracts = try ContractCheck(repository: repository, map: map, tree: try repository.tree(ofCommit: loaded.commit))
    }

    var plan: Plan { loaded.plan }

    /// The compiled plan, for callers that judge more than ranges (the wave check).
    var map: TerritoryMap { checker.map }

    /// The changes from `start` (usually a merge base) to `head`, judged as `identity`.
    func judge(_ identity: AgentIdentity, branch: String?, from start: ObjectID?, to head: ObjectID) throws -> (CheckedAgent, [Finding]) {
        let oldTree = try start.map { commit in try repository.tree(ofCommit: commit) }
        let newTree = try repository.tree(ofCommit: head)
        let changes = try repository.changes(from: oldTree, to: newTree).map(ChangedPath.init)
        return try judge(identity, branch: branch, changes: changes, from: start, to: head, trees: (oldTree, newTree))
    }

    /// The same, for changes the caller has already read (the wave check reads them once for
    /// territory rules and merge prediction alike).
    func judge(_ identity: AgentIdentity, branch: String?, changes: [ChangedPath], from start: ObjectID?,
               to head: ObjectID, trees: (old: ObjectID?, new: ObjectID)? = nil) throws -> (CheckedAgent, [Finding]) {
        let oldTree = try trees?.old ?? start.map { commit in try repository.tree(ofCommit: commit) }
        let newTree = try trees?.new ?? repository.tree(ofCommit: head)
        var found = checker.check(AgentChange(agentID: identity.agentID, source: branch ?? "", changes: changes))
        found = PlanLocator.withSecondPlans(found, changes: changes, plan: plan, agentID: identity.agentID)
        let commits = try repository.commits(from: start, to: head)
        let base = { (path: String) in try oldTree.flatMap { tree in try text(at: path, in: tree) } }
        let head = { (path: String) in try text(at: path, in: newTree) }
        if let agent = plan.agent(named: identity.agentID) {
            found += try contracts.findings(
                agent: agent, changes: changes, trailers: authors.trailers(commits), gate: gate, base: base, head: head)
        }
        found = try ConfigPolicy(loaded.config).apply(found, agent: identity.agentID, changes: changes, base: base, head: head)
        found = FindingPrecedence.strongest(found)
        let findings = WaiverPolicy(loaded: loaded, authors: authors).apply(found, commits: commits).map { finding in
            var located = finding
            if located.agent == identity.agentID { located.branch = branch }
            return located
        }
        let agent = CheckedAgent(
            id: identity.agentID, branch: branch, mapping: identity.source,
            mergeBase: start.map { String($0.description.prefix(7)) }, changedPaths: changes.count)
        return (agent, findings)
    }

    private func text(at path: String, in tree: ObjectID) throws -> String? {
        try repository.blob(at: path, inTree: tree).map { String(decoding: $0, as: UTF8.self) }
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

extension ChangedPath {
    /// The checker's view of a git change: the same status and paths, no object ids.
    init(_ change: FileChange) {
        let status: Status = switch change.status {
        case .added: .added
        case .modified: .modified
        case .deleted: .deleted
        case .renamed: .renamed
        case .typeChanged: .typeChanged
        }
        self.init(status: status, path: change.path, oldPath: change.oldPath)
    }
}
