import TerritoryGit
import TerritoryKit

/// Who a range of commits belongs to: one agent as a whole, or each commit as its own.
///
/// A commit names its agent in an `Agent: <id>` trailer. A branch whose commits all name one
/// agent ties to that agent (so generated branches such as `claude/<anything>` map); a range is
/// judged commit by commit whenever its commits name more than one agent, an agent other than
/// the branch's, an agent not in the plan, or when only some of the commits of a branch of no
/// agent name one.
enum Attribution {
    case whole(AgentIdentity?)
    case perCommit(fallback: AgentIdentity?)

    /// `key` is the trailer's name (`Agent`, or `.territory.yml`'s `trailer:`).
    static func decide(named: AgentIdentity?, commits: [CommitRecord], plan: Plan, key: String) -> Attribution {
        let names = commits.map { trailerAgent($0.message, key: key) }
        let agents = Set(names.compactMap { $0 }.map { plan.agent(named: $0)?.id ?? "\u{0}" + $0 })
        guard !agents.isEmpty else { return .whole(named) }
        if agents.count == 1, let only = agents.first, !only.hasPrefix("\u{0}") {
            if let named { return named.agentID == only ? .whole(named) : .perCommit(fallback: named) }
            if !names.contains(nil) { return .whole(AgentIdentity(agentID: only, source: "the Agent trailers of its commits")) }
        }
        return .perCommit(fallback: named)
    }

    /// The value of the last `Agent:` (or `key:`) trailer line of a message, compared without
    /// case (the last wins, as in git).
    static func trailerAgent(_ message: String, key: String) -> String? {
        let prefix = key.lowercased() + ":"
        let values = message.split(separator: "\n").compactMap { line -> String? in
            guard line.lowercased().hasPrefix(prefix) else { return nil }
            let value = line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        return values.last
    }
}

extension RangeJudge {
    /// Judges a branch's new commits `start..head`: as one agent, or commit by commit, as
    /// `Attribution` decides. Nil when work of no agent is to be refused (`.refused`) or left
    /// unjudged (`.notChecked`) and there is some.
    func judgeBranch(named: AgentIdentity?, unattributed what: String, branch: String?, from start: ObjectID?,
                     to head: ObjectID, integrated: ObjectID?, policy: UnattributedPolicy) throws -> ([CheckedAgent], [Finding])? {
        let commits = try repository.commits(from: start, to: head)
        let key = loaded.config.trailer
        switch Attribution.decide(named: named, commits: commits, plan: plan, key: key) {
        case .whole(let identity):
            if identity == nil, policy != .ownsNothing { return nil }
            let (checked, found) = try judge(identity ?? .unattributed(what), branch: branch, from: start, to: head)
            return ([checked], found)
        case .perCommit(let fallback):
            if fallback == nil, policy != .ownsNothing, commits.contains(where: { Attribution.trailerAgent($0.message, key: key) == nil }) {
                return nil
            }
            return try CommitJudge(repository: repository, judge: self, policy: policy, fallback: fallback, integrated: integrated)
                .judge(branch: branch ?? what, from: start, to: head)
        }
    }
}
