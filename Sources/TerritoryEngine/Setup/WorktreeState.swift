/// What the repository holds that `territory worktrees` makes or undoes, as the front end read it
/// from git: the linked worktrees with the keys territory keeps in their `config.worktree`, and
/// the repository-wide changes it remembers having made.
public struct WorktreeState: Sendable {
    public var worktrees: [LinkedWorktree]
    /// `extensions.worktreeConfig` is on (per-worktree configuration).
    public var worktreeConfigEnabled: Bool
    /// What an earlier run changed for the whole repository (`territory.worktrees.*` in the
    /// common config), so that `--remove` undoes exactly that.
    public var madeWorktreeConfig: Bool
    public var madeHooks: Bool

    public init(worktrees: [LinkedWorktree], worktreeConfigEnabled: Bool, madeWorktreeConfig: Bool, madeHooks: Bool) {
        self.worktrees = worktrees
        self.worktreeConfigEnabled = worktreeConfigEnabled
        self.madeWorktreeConfig = madeWorktreeConfig
        self.madeHooks = madeHooks
    }
}

/// One linked worktree (the main working tree is not one).
public struct LinkedWorktree: Sendable, Equatable {
    /// Absolute path.
    public var path: String
    /// The branch checked out (`agent/api-agent`), nil when detached.
    public var branch: String?
    /// `territory.agent` in its `config.worktree`.
    public var agent: String?
    /// `territory.worktrees.branch` in its `config.worktree`: `created` or `existing` when
    /// `territory worktrees` made this worktree, nil otherwise.
    public var madeBy: WorktreeBranchOrigin?

    public init(path: String, branch: String?, agent: String?, madeBy: WorktreeBranchOrigin?) {
        self.path = path
        self.branch = branch
        self.agent = agent
        self.madeBy = madeBy
    }
}

/// Whether `territory worktrees` created the worktree's branch or found it.
public enum WorktreeBranchOrigin: String, Sendable {
    case created, existing
}

/// The git configuration keys `territory worktrees` keeps its record in.
public enum WorktreeKeys {
    /// Per worktree (`config.worktree`): the agent the worktree belongs to.
    public static let agent = "territory.agent"
    /// Per worktree: `created` or `existing`, the branch's origin; marks the worktree as made by territory.
    public static let origin = "territory.worktrees.branch"
    /// Common config: territory turned `extensions.worktreeConfig` on.
    public static let madeWorktreeConfig = "territory.worktrees.worktreeConfig"
    /// Common config: territory installed the git hooks.
    public static let madeHooks = "territory.worktrees.hooks"
    /// The common-config section holding the two records above.
    public static let recordSection = "territory.worktrees"
    public static let worktreeConfig = "extensions.worktreeConfig"
}
