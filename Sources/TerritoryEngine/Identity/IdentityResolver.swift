import TerritoryGit
import TerritoryKit

/// Who a change belongs to, and which source said so (printed in reports).
struct AgentIdentity {
    var agentID: String
    var source: String

    /// Work that ties to no agent: judged as owning nothing (`Checker.unattributed`).
    static func unattributed(_ what: String) -> AgentIdentity {
        AgentIdentity(agentID: Checker.unattributed, source: "\(what) ties to no agent, so it owns nothing")
    }
}

/// Finds the agent a change belongs to (DESIGN §4), strongest source first: `--agent`,
/// `TERRITORY_AGENT`, git config `territory.agent` (per worktree or repository), then the
/// plan's Branch field and the branch naming patterns for the current branch.
struct IdentityResolver {
    let plan: Plan
    let repository: Repository
    let environment: [String: String]

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

/// The source branch of a pull or merge request, as CI systems name it in the environment.
enum CIEnvironment {
    /// In order: GitHub Actions (pull requests, then pushes), GitLab CI (merge requests, then
    /// branches).
    static let branchVariables = ["GITHUB_HEAD_REF", "GITHUB_REF_NAME", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "CI_COMMIT_REF_NAME"]

    static func sourceBranch(_ environment: [String: String]) -> (branch: String, variable: String)? {
        for name in branchVariables {
            if let value = environment[name], !value.isEmpty { return (value, name) }
        }
        return nil
    }
}
