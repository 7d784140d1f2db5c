import TerritoryKit

/// `territory status`: where each wave stands, for an orchestrator that polls between waves.
/// Computed from the wave check's report; the front end renders it.
public struct StatusReport: Sendable {
    public var planFile: String
    public var planSource: String
    /// The base, as `main@1a2b3c4`.
    public var base: String
    public var waves: [WaveStatus]

    /// True when every wave reported has its gate open.
    public var isOpen: Bool { waves.allSatisfy(\.isOpen) }
}

/// One wave: its agents, and whether its synchronization gate is open.
public struct WaveStatus: Sendable {
    public var wave: Int
    public var agents: [AgentStatus]
    /// How the wave's merges were predicted (the wave check's note).
    public var notes: [String]

    /// Open when every agent of the wave can be merged: each has work, no error finding and no
    /// predicted conflict (a stale base alone does not close it).
    public var isOpen: Bool { agents.allSatisfy(\.readiness.isMergeable) }

    public var mergeableCount: Int { agents.count { $0.readiness.isMergeable } }
}

/// One agent of a wave: its branch and work, its findings, and whether it can be merged.
public struct AgentStatus: Sendable {
    public var id: String
    public var name: String
    /// Nil when the agent has no branch yet.
    public var branch: String?
    /// How the branch was tied to the agent (`Branch field, plan line 6`, `pattern agent/{id}`).
    public var mapping: String?
    /// Abbreviated commit the branch left the base at.
    public var mergeBase: String?
    /// Commits on the branch that are not in the base.
    public var commits: Int
    /// Commits of the base the branch does not contain.
    public var behind: Int
    public var changedPaths: Int
    /// The agent's findings in the wave check, sorted as reports sort them.
    public var findings: [Finding]
    public var readiness: Readiness
    /// Agents a merge conflict is predicted with, either side.
    public var conflictsWith: [String]

    public var summary: Summary { Summary(findings) }
}

/// Whether an agent's branch can be merged now, and if not, what stands in the way. Ordered from
/// the furthest from mergeable.
public enum Readiness: String, Sendable, CaseIterable {
    /// No branch yet (`missing-branch`), or nothing on it (`no-changes`).
    case notStarted = "not-started"
    /// An error finding of its own: a crossing, a plan edit, a contract broken, an overlap.
    case blocked
    /// A merge conflict is predicted between its branch and another agent's (pairwise, or when
    /// the wave is integrated in plan order); both agents are `conflicts`.
    case conflicts
    /// Mergeable, but the branch lacks the base's tip or the previous wave (`stale-base`).
    case staleBase = "stale-base"
    /// Mergeable, nothing reported.
    case ready

    public var isMergeable: Bool { self == .ready || self == .staleBase }
}
