import TerritoryGit
import TerritoryKit

/// Judges new commits one by one, each as the agent it names: a push to the base branch, where
/// agents commit directly or merge their branches, a branch several agents committed to, and
/// `check --commits`.
///
/// The first-parent chain from the old tip to the new one is walked. A plain commit is judged by
/// its own diff, as the agent of its `Agent:` trailer (else the branch's agent, `fallback`). A
/// merge is judged by what it brings in — the merged side since its merge base — as the merged
/// branch's agent: the merge's own trailer, else the branch its message names (`Merge branch
/// 'agent/ui'`), else the one agent every merged commit names; a merge of work already in the base
/// (`integrated`) brings nothing new. Work that names no agent owns nothing.
struct CommitJudge {
    let repository: Repository
    let judge: RangeJudge
    /// Commits of no agent: judged as owning nothing, or (local pre-push) left unjudged.
    let policy: UnattributedPolicy
    /// Who a commit without a trailer belongs to: the branch's agent, if it has one.
    var fallback: AgentIdentity? = nil
    /// The base's tip: merging what it already holds is no one's new work.
    var integrated: ObjectID? = nil

    func judge(branch: String, from old: ObjectID?, to new: ObjectID) throws -> ([CheckedAgent], [Finding]) {
        var agents: [CheckedAgent] = []
        var findings: [Finding] = []
        var commit = try repository.commit(new)
        var chain: [CommitRecord] = []
        while commit.id != old, chain.count < 10_000 {
            chain.append(commit)
            guard let parent = commit.parents.first, parent != old else { break }
            if let old, try !repository.isDescendant(parent, of: old), parent != old { break }
            commit = try repository.commit(parent)
        }
        for commit in chain.reversed() {
            let short = String(commit.id.description.prefix(7))
            let start: ObjectID?
            let tip: ObjectID
            var identity: AgentIdentity
            if commit.parents.count > 1 {
                if let integrated, try commit.parents[1] == integrated || repository.isDescendant(integrated, of: commit.parents[1]) {
                    continue
                }
                start = try repository.mergeBase(commit.parents[0], commit.parents[1])
                tip = commit.parents[1]
                identity = try mergedAgent(commit, side: (start, tip)) ?? fallback ?? AgentIdentity.unattributed("merge \(short)")
            } else {
                start = commit.parents.first
                tip = commit.id
                identity = named(commit) ?? fallback ?? AgentIdentity.unattributed("commit \(short)")
            }
            if identity.agentID != Checker.unattributed, judge.plan.agent(named: identity.agentID) == nil {
                findings.append(unknownAgent(identity.agentID, commit: commit))
                identity = AgentIdentity.unattributed("commit \(short)")
            }
            if identity.agentID == Checker.unattributed, policy != .ownsNothing { continue }
            var (checked, found) = try judge.judge(identity, branch: branch, from: start, to: tip)
            checked.mapping = "commit \(short) \"\(commit.subject)\": " + identity.source
            checked.commit = short
            agents.append(checked)
            findings += found.map { finding in
                var attributed = finding
                attributed.commit = short
                return attributed
            }
        }
        return (agents, findings)
    }

    /// The agent a commit's `Agent:` trailer names, as a plan id when it is one.
    private func named(_ commit: CommitRecord) -> AgentIdentity? {
        guard let name = Attribution.trailerAgent(commit.message, key: judge.loaded.config.trailer) else { return nil }
        return AgentIdentity(agentID: judge.plan.agent(named: name)?.id ?? name, source: "\(judge.loaded.config.trailer) trailer")
    }

    /// Who a merge brings in: its own trailer, the branch its message names, or the one agent
    /// the merged commits name.
    private func mergedAgent(_ merge: CommitRecord, side: (start: ObjectID?, tip: ObjectID)) throws -> AgentIdentity? {
        if let own = named(merge) { return own }
        if let branch = Self.mergedBranchName(merge.subject),
           let match = try BranchMatcher(plan: judge.plan, branches: []).agent(forBranch: branch, isRemote: branch.hasPrefix("origin/")) {
            return AgentIdentity(agentID: match.agentID, source: "merged branch \(branch), \(match.mapping)")
        }
        let names = Set(try repository.commits(from: side.start, to: side.tip).compactMap { named($0)?.agentID })
        guard names.count == 1, let only = names.first else { return nil }
        return AgentIdentity(agentID: only, source: "Agent trailers of the merged commits")
    }

    /// `Merge branch 'x'`, `Merge branch 'x' into main`, `Merge remote-tracking branch 'origin/x'`,
    /// `Merge pull request #12 from owner/x`.
    static func mergedBranchName(_ subject: String) -> String? {
        for prefix in ["Merge branch '", "Merge remote-tracking branch '"] where subject.hasPrefix(prefix) {
            let rest = subject.dropFirst(prefix.count)
            return rest.firstIndex(of: "'").map { String(rest[..<$0]) }
        }
        if subject.hasPrefix("Merge pull request #"), let from = subject.range(of: " from ") {
            let owned = subject[from.upperBound...].split(separator: " ").first.map(String.init) ?? ""
            return owned.firstIndex(of: "/").map { String(owned[owned.index(after: $0)...]) }
        }
        return nil
    }

    private func unknownAgent(_ name: String, commit: CommitRecord) -> Finding {
        Finding(
            rule: "unknown-agent", severity: .error, agent: nil, path: "",
            message: "commit \(commit.id.description.prefix(7)) names agent `\(name)`, which is not in \(judge.plan.file); "
                + "its changes are judged as work of no agent",
            plan: SourceLocation(file: judge.plan.file, line: 1),
            hint: "agents of this plan: " + judge.plan.agents.map(\.id).joined(separator: ", "))
    }
}
