import TerritoryGit
import TerritoryKit

/// Decides which branches `check` judges and as which agent: the branches named on the command
/// line, the branch of `--agent`, or every agent whose branch exists.
struct TargetResolver {
    let plan: Plan
    let repository: Repository
    let baseName: String

    func resolve(branches requested: [String], agent requestedAgent: String?) throws -> [BranchMatch] {
        let matcher = BranchMatcher(plan: plan, branches: try repository.branches())
        let forced = try requestedAgent.map(agent)
        if !requested.isEmpty {
            return try requested.map { name in
                _ = try repository.resolveCommit(name)
                if let forced {
                    return BranchMatch(branch: name, agentID: forced.id, mapping: "--agent")
                }
                guard let match = try matcher.agent(forBranch: name) else {
                    throw UserError(
                        "branch \(name) belongs to no agent of \(plan.file)",
                        hint: "name the agent with --agent ID, or add `**Branch**: \(name)` to its section; "
                            + "branches are tied to agents by the Branch field or the patterns "
                            + BranchMatcher.patterns.joined(separator: ", "))
                }
                return match
            }
        }
        if let forced {
            let matches = matcher.branches(for: forced).filter { $0.branch != baseName }
            guard !matches.isEmpty else {
                throw UserError(
                    "no branch found for agent \(forced.id)",
                    hint: "tried its Branch field and " + BranchMatcher.patterns.joined(separator: ", ")
                        + "; pass the branch name: territory check --agent \(forced.id) BRANCH")
            }
            return matches
        }
        let matches = plan.agents.flatMap(matcher.branches(for:)).filter { $0.branch != baseName }
        guard !matches.isEmpty else {
            throw UserError(
                "no agent branch found for any of the \(plan.agents.count) agents of \(plan.file)",
                hint: "create branches named " + BranchMatcher.patterns.joined(separator: ", ")
                    + " or give each agent a `**Branch**:` field; or name branches on the command line")
        }
        return matches
    }

    private func agent(_ name: String) throws -> Agent {
        if let agent = plan.agent(named: name) { return agent }
        throw UserError(
            "no agent \(name) in \(plan.file)",
            hint: "agents of this plan: " + plan.agents.map(\.id).joined(separator: ", "))
    }
}
