import Foundation
import TerritoryGit
import TerritoryKit

/// The use-cases of territory over one repository: every front end (commands, git hooks, the CI
/// gate, agent-tool hooks) asks the engine and turns its answer into output and an exit status.
///
/// It takes plain values and returns a `Report` or a decision. It never parses arguments,
/// prints, reads the process environment (the caller hands it over) or exits; it never writes to
/// the repository.
public struct Engine {
    public let repository: Repository
    /// `--plan`: a plan file or folder in the trusted tree; nil finds it.
    public let planPath: String?
    /// The process environment, as the front end read it: identity (`TERRITORY_AGENT`), the CI's
    /// source branch, git's `GIT_REFLOG_ACTION` during a merge.
    public let environment: [String: String]

    public init(repository: Repository, planPath: String? = nil, environment: [String: String] = [:]) {
        self.repository = repository
        self.planPath = planPath
        self.environment = environment
    }

    var loader: PlanLoader { PlanLoader(repository: repository, requested: planPath) }

    /// The integration branch every entry point measures from, by one order: `explicit`, then
    /// `git config territory.base`, `.territory.yml`'s `base:`, then main, master, origin/main,
    /// origin/master, origin/HEAD. Nil when none exists.
    public static let defaultBaseBranches = BaseBranch.candidates

    public func baseBranchName(_ explicit: String?) throws -> String? {
        try BaseBranch.resolveIfAny(explicit, in: repository)?.name
    }

    /// `check`: agent branches against the base, judged by the plan in the base's tree.
    public func check(base: String?, branches: [String], agent: String?) throws -> Report {
        try BranchCheck(repository: repository, planPath: planPath).run(base: base, branches: branches, agent: agent)
    }

    /// `check --wave N` (or every wave when `wave` is nil): each agent as `check` judges it, then
    /// overlaps, predicted merge conflicts and stale bases of the wave.
    public func checkWaves(base: String?, wave: Int?) throws -> Report {
        try WaveCheck(repository: repository, planPath: planPath).run(base: base, wave: wave)
    }

    /// `check --commits [RANGE]`: each commit of `A..B` (or `base..B`, default `base..HEAD`) on
    /// its own, as the agent its `Agent:` trailer names (else the branch's), by the base's plan.
    public func checkCommits(range: String?, base: String?) throws -> Report {
        let base = try BaseBranch.resolve(base, in: repository)
        let spec = range ?? "HEAD"
        let parts = spec.components(separatedBy: "..")
        let tipName = parts.count == 2 ? parts[1] : spec
        let tip = try repository.resolveCommit(tipName.isEmpty ? "HEAD" : tipName)
        let start = parts.count == 2 ? try repository.resolveCommit(parts[0].isEmpty ? "HEAD" : parts[0]) : try repository.mergeBase(base.commit, tip)
        guard let trusted = try trustedPlan(base: base.name, fallback: (tip, tipName)) else { throw loader.missing(in: base.name) }
        let branch = tipName == "HEAD" || tipName.isEmpty ? repository.currentBranch() : tipName
        let named = try IdentityResolver(plan: trusted.plan, repository: repository, environment: environment)
            .resolve(explicit: nil, branch: branch)
        let judge = try RangeJudge(repository: repository, loaded: trusted.loaded)
        let (agents, findings) = try CommitJudge(repository: repository, judge: judge, policy: .ownsNothing, fallback: named,
                                                 integrated: base.commit)
            .judge(branch: branch ?? tipName, from: start, to: tip)
        return Report(command: "check --commits", planFile: trusted.plan.file, planSource: trusted.loaded.source,
                      base: base.label, agents: agents, findings: findings + (trusted.warning.map { [$0] } ?? []))
    }

    /// The CI merge gate: `merge-base(base, head)..head`, as the change's agent, by the plan on
    /// the base tip. Work of no agent owns nothing, or with `.refused` is refused outright.
    public func gate(base: String, head: String, agent: String?, policy: UnattributedPolicy = .ownsNothing) throws -> HookOutcome {
        try GateJudge(engine: self).judge(base: base, head: head, agent: agent, policy: policy)
    }

    /// pre-commit: the staged changes (or, when concluding a stopped merge, what it brings in).
    /// `base` names the integration branch whose plan judges.
    public func preCommit(agent: String?, base: String? = nil) throws -> HookOutcome {
        try StagedJudge(engine: self).judge(agent: agent, base: base)
    }

    /// pre-merge-commit: the branch being merged, as its agent.
    public func preMergeCommit(agent: String?, base: String? = nil) throws -> HookOutcome {
        guard let head = try repository.headCommit(),
              let merged = try MergedBranch.find(in: repository, environment: environment) else {
            return .skipped("no merge in progress, not checked")
        }
        guard let trusted = try trustedPlan(base: base, fallback: (head, "HEAD")) else {
            return .skipped("no plan in the base branch or HEAD, not checked")
        }
        return try MergeJudge(repository: repository, trusted: trusted, agent: agent)
            .judge(merged, head: head, command: "hook pre-merge-commit")
    }

    /// pre-push, pre-receive and update: each pushed branch as the agent it belongs to, with the
    /// plan from the receiving side's base; a push to the base branch commit by commit. What
    /// happens to work of no agent is the front end's `policy`.
    public func pushedRefs(_ updates: [RefUpdate], base: String?, agent: String?, policy: UnattributedPolicy,
                           command: String) throws -> HookOutcome {
        try RefUpdateJudge(engine: self, baseName: base, agent: agent, policy: policy, command: command).judge(updates)
    }

    /// `lint`: the plan at `ref` against itself and that commit's tree.
    public func lint(ref: String) throws -> Report {
        let loaded = try plan(at: ref)
        let tree = try repository.tree(ofCommit: try repository.resolveCommit(ref))
        let files = try repository.files(inTree: tree)
        let linter = Linter(plan: loaded.plan)
        let contracts = try ContractCheck(repository: repository, map: linter.map, tree: tree).contracts
        let findings = linter.lint(files: files, more: ContractLint().findings(contracts, files: Set(files)))
            + BranchMatcher.aliasCollisions(in: loaded.plan)
        return Report(command: "lint", planFile: loaded.plan.file, planSource: loaded.source, base: nil, agents: [], findings: findings)
    }

    /// The plan at `ref` (`show`, `who`, `lint`), or an error saying where it was looked for.
    public func plan(at ref: String) throws -> LoadedPlan {
        let commit = try repository.resolveCommit(ref)
        guard let loaded = try loader.load(from: commit, named: ref, enforcing: false) else { throw loader.missing(in: ref) }
        return loaded
    }

    /// `who`: the owners of paths typed in `folder` (absolute, relative to it, or `:/` from the
    /// repository root), by the plan at `ref`.
    public func owners(of typed: [String], ref: String, from folder: String) throws -> (LoadedPlan, [(path: String, ownership: Ownership)]) {
        let loaded = try plan(at: ref)
        let map = TerritoryMap(plan: loaded.plan)
        let root = repository.workingDirectory
        let answers = try typed.map { path in
            guard let relative = RepositoryPath.relative(path, root: root, from: folder) else {
                throw UserError("\(path) is outside the repository", hint: "name a path inside the working tree, or `:/path` from its root")
            }
            return (relative, map.ownership(of: relative))
        }
        return (loaded, answers)
    }
}

/// What a hook or the gate decided: a report, or why there was nothing to judge.
public enum HookOutcome {
    /// The change was judged; the report's findings decide.
    case report(Report)
    /// Nothing to judge (no plan, no merge in progress, no base yet), and why.
    case skipped(String)
    /// The change belongs to no agent: what it is ("branch feature-x").
    case unattributed(String)
}

/// What becomes of work that ties to no agent of the plan.
public enum UnattributedPolicy: Sendable {
    /// Let it through unjudged, with a note (local hooks on a developer's own branch).
    case notChecked
    /// Judge it as owning nothing: any agent's path is a crossing (the gate, the server hooks).
    case ownsNothing
    /// Refuse it outright (`--require-agent`).
    case refused
}

/// A reason territory could not check (exit 2), with the fix: a bad plan, a bad ref, a shallow
/// clone. What went wrong in the user's change is a `Finding`, never this.
public struct UserError: Error, CustomStringConvertible {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String {
        guard let hint else { return message }
        return message + "\n" + hint
    }
}

extension Engine {
    /// Opens the repository a command works on: `directory` if given, otherwise the way git
    /// itself would from here (the environment first, which hooks need, then discovery from the
    /// current folder).
    public static func openRepository(_ directory: String?) throws -> Repository {
        if let directory {
            guard FileManager.default.fileExists(atPath: directory) else {
                throw UserError("\(directory) does not exist", hint: "pass -C with a folder inside a git repository")
            }
            return try Repository.open(at: directory)
        }
        return try Repository.openFromEnvironment()
    }
}

extension Engine {
    /// `setup claude-code`: the subagent definitions and settings to write, decided from the files
    /// `existing` reads (repository-relative path → text, nil when absent). Writes nothing.
    public func setupClaudeCode(_ request: ClaudeCodeSetupRequest, existing: (String) -> String?) throws -> ClaudeCodeSetupResult {
        try ClaudeCodeSetup(repository: repository, planPath: planPath).run(request, existing: existing)
    }

    /// `worktrees --wave N`: the steps that give each agent of the wave its branch and worktree in `folder`.
    public func worktrees(base: String?, wave: Int, folder: String, state: WorktreeState, mainBranch: String?) throws -> WorktreePlan {
        try AgentWorktrees(repository: repository, planPath: planPath).plan(base: base, wave: wave, folder: folder, state: state, mainBranch: mainBranch)
    }

    /// `worktrees --wave N --remove`: the steps that undo what `worktrees` made for the wave.
    public func removeWorktrees(base: String?, wave: Int, state: WorktreeState) throws -> WorktreePlan {
        try AgentWorktrees(repository: repository, planPath: planPath).removal(base: base, wave: wave, state: state)
    }

    /// `status`: each wave's agents (or wave `wave`'s), their readiness and the wave's gate, from the wave check.
    public func status(base: String?, wave: Int?) throws -> StatusReport {
        try WaveStatusBuilder(repository: repository, planPath: planPath).status(base: base, wave: wave)
    }
}
