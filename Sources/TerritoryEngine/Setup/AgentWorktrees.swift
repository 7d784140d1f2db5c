import Foundation
import TerritoryGit
import TerritoryKit

/// One change `territory worktrees` makes or undoes, decided by the engine and carried out by the
/// front end (with git itself), in order.
public enum WorktreeStep: Sendable, Equatable {
    /// `git config extensions.worktreeConfig true`, remembered as made by territory.
    case enableWorktreeConfig
    /// `git branch BRANCH COMMIT`; `from` names the commit for people (`main@1a2b3c4`).
    case createBranch(branch: String, commit: String, from: String)
    /// `git worktree add PATH BRANCH`.
    case addWorktree(path: String, branch: String)
    /// `territory.agent` and the origin record in the worktree's `config.worktree`.
    case recordAgent(path: String, agent: String, origin: WorktreeBranchOrigin)
    /// territory's git hooks in the shared hooks folder (linked worktrees share it).
    case installHooks
    /// `git worktree remove PATH` (git refuses when the worktree has changes; nothing is forced).
    case removeWorktree(path: String, agent: String)
    /// `git branch -D BRANCH`: only a branch territory created and that holds nothing beyond the base.
    case deleteBranch(branch: String)
    /// Undo `enableWorktreeConfig`.
    case disableWorktreeConfig
    /// Undo `installHooks`.
    case uninstallHooks
    /// Drop territory's record of what it changed for the whole repository.
    case forgetRecord
}

/// What `territory worktrees` (or `--remove`) will do, and what it leaves as it is and why.
public struct WorktreePlan: Sendable {
    public var planFile: String
    public var planSource: String
    /// The base the branches start from, as `main@1a2b3c4`.
    public var base: String
    public var steps: [WorktreeStep]
    /// One line per thing left as it is: "api-agent: ../repo-worktrees/api-agent on work/api, unchanged".
    public var unchanged: [String]
}

/// `territory worktrees --wave N`: for each agent of the wave, its branch (the plan's Branch
/// field, else `agent/<id>`, created from the base when missing), a linked worktree of it in
/// `folder/<id>`, and the agent's identity in that worktree's own configuration; the hooks
/// once, in the hooks folder every worktree shares. Decides only; writes nothing.
struct AgentWorktrees {
    let repository: Repository
    let planPath: String?

    func plan(base: String?, wave: Int, folder: String, state: WorktreeState, mainBranch: String?) throws -> WorktreePlan {
        let setup = try SetupPlan(repository: repository, planPath: planPath, base: base, wave: wave)
        let branches = try repository.branches()
        var steps: [WorktreeStep] = [], unchanged: [String] = []
        for agent in setup.agents {
            let branch = SetupPlan.branch(of: agent)
            let path = folder + "/" + agent.id
            if let current = state.worktrees.first(where: { $0.branch == branch }) {
                guard current.madeBy != nil else {
                    throw UserError("\(agent.id)'s branch \(branch) is already checked out in \(current.path), a worktree territory did not make",
                                    hint: "use that worktree (`git -C \(current.path) config --worktree territory.agent \(agent.id)`), or remove it first")
                }
                if current.agent != agent.id {
                    steps.append(.recordAgent(path: current.path, agent: agent.id, origin: current.madeBy ?? .existing))
                } else {
                    unchanged.append("\(agent.id): \(current.path) on \(branch), unchanged")
                }
                continue
            }
            if mainBranch == branch {
                throw UserError("\(agent.id)'s branch \(branch) is checked out in the main working tree",
                                hint: "switch the main working tree to the base (`git switch \(setup.base.name)`), then run this again")
            }
            if FileManager.default.fileExists(atPath: path) {
                throw UserError("\(path) already exists and is not \(agent.id)'s worktree",
                                hint: "move it away, or put the worktrees elsewhere with --dir DIR")
            }
            var origin = WorktreeBranchOrigin.existing
            if !branches.contains(where: { !$0.isRemote && $0.name == branch }) {
                origin = .created
                if let remote = branches.first(where: { $0.isRemote && BranchMatcher.withoutRemote($0.name) == branch }) {
                    steps.append(.createBranch(branch: branch, commit: remote.target.description, from: remote.name))
                } else {
                    steps.append(.createBranch(branch: branch, commit: setup.base.commit.description, from: setup.base.label))
                }
            }
            steps += [.addWorktree(path: path, branch: branch), .recordAgent(path: path, agent: agent.id, origin: origin)]
        }
        if !steps.isEmpty, !state.worktreeConfigEnabled { steps.insert(.enableWorktreeConfig, at: 0) }
        steps.append(.installHooks)
        return WorktreePlan(planFile: setup.plan.file, planSource: setup.loaded.source, base: setup.base.label,
                            steps: steps, unchanged: unchanged)
    }

    /// `--remove`: the worktrees territory made for the wave's agents, the branches it created
    /// for them when they hold nothing beyond the base, and — once no worktree territory made is
    /// left — the repository-wide changes it recorded. Nothing it did not make.
    func removal(base: String?, wave: Int, state: WorktreeState) throws -> WorktreePlan {
        let setup = try SetupPlan(repository: repository, planPath: planPath, base: base, wave: wave)
        var steps: [WorktreeStep] = [], unchanged: [String] = []
        var removed: Set<String> = []
        for agent in setup.agents {
            let made = state.worktrees.filter { $0.madeBy != nil && $0.agent == agent.id }
            if made.isEmpty { unchanged.append("\(agent.id): no worktree made by `territory worktrees`, nothing to remove") }
            for worktree in made {
                steps.append(.removeWorktree(path: worktree.path, agent: agent.id))
                removed.insert(worktree.path)
                guard worktree.madeBy == .created, let branch = worktree.branch else {
                    if let branch = worktree.branch { unchanged.append("\(agent.id): branch \(branch) kept, it existed before") }
                    continue
                }
                let tip = try repository.resolveCommit(branch)
                if try tip == setup.base.commit || repository.isDescendant(setup.base.commit, of: tip) {
                    steps.append(.deleteBranch(branch: branch))
                } else {
                    let ahead = try repository.aheadBehind(tip, setup.base.commit).ahead
                    unchanged.append("\(agent.id): branch \(branch) kept, it has \(ahead == 1 ? "1 commit" : "\(ahead) commits") not in \(setup.base.name)")
                }
            }
        }
        let others = state.worktrees.filter { $0.madeBy != nil && !removed.contains($0.path) }
        if others.isEmpty {
            if state.madeWorktreeConfig { steps.append(.disableWorktreeConfig) }
            if state.madeHooks { steps.append(.uninstallHooks) }
            if state.madeWorktreeConfig || state.madeHooks { steps.append(.forgetRecord) }
        } else if state.madeWorktreeConfig || state.madeHooks {
            unchanged.append("extensions.worktreeConfig and the hooks stay: \(others.count) other worktree(s) made by `territory worktrees` remain")
        }
        return WorktreePlan(planFile: setup.plan.file, planSource: setup.loaded.source, base: setup.base.label,
                            steps: steps, unchanged: unchanged)
    }
}
