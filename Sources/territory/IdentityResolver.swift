import Foundation
import TerritoryGit
import TerritoryKit

/// Finds the agent a change belongs to (DESIGN §4), strongest source first: `--agent`,
/// `TERRITORY_AGENT`, git config `territory.agent` (per worktree or repository), then the
/// plan's Branch field and the branch naming patterns for the current branch.
struct IdentityResolver {
    let plan: Plan
    let repository: Repository
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// The identity, or nil when nothing names an agent (not an agent's worktree or branch).
    /// A name that matches no agent of the plan is an error: the set-up is wrong, not the change.
    func resolve(explicit: String?, branch: String?) throws -> AgentIdentity? {
        let named: [(String?, String)] = [
            (explicit, "--agent"), (environment["TERRITORY_AGENT"], "TERRITORY_AGENT"),
            (repository.config("territory.agent"), "git config territory.agent"),
        ]
        for case let (name?, source) in named where !name.isEmpty {
            guard let agent = plan.agent(named: name) else {
                throw UserError(
                    "\(source) names agent \(name), which is not in \(plan.file)",
                    hint: "agents of this plan: " + plan.agents.map(\.id).joined(separator: ", "))
            }
            return AgentIdentity(agentID: agent.id, source: source)
        }
        guard let branch else { return nil }
        let matcher = BranchMatcher(plan: plan, branches: [])
        return try matcher.agent(forBranch: branch).map { AgentIdentity(agentID: $0.agentID, source: "branch \(branch), \($0.mapping)") }
    }
}
