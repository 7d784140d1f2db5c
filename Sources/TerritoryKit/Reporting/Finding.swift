/// One result of a rule: what went wrong in the user's change, whose paths it touched, the plan
/// line that decided, and how to fix it.
public struct Finding: Sendable, Hashable {
    public var rule: String
    public var severity: Severity
    /// The agent whose change this is (nil for plan-level findings).
    public var agent: String?
    public var path: String
    /// For a rename, both of its paths (`path` is one of them), so a report can say "renamed to …".
    public var rename: Rename?
    /// The agents whose territory includes `path`.
    public var owners: [String]
    public var message: String
    /// The plan line that decided.
    public var plan: SourceLocation?
    public var hint: String
    /// The second agent of a pairwise finding (`overlapping-changes`, `merge-conflict`).
    public var otherAgent: String?
    /// The branch whose change this is, when a report judges several branches of one agent.
    public var branch: String?
    /// The commit (abbreviated) whose change this is, when a range is judged commit by commit.
    public var commit: String?

    public init(
        rule: String, severity: Severity, agent: String?, path: String, rename: Rename? = nil,
        owners: [String] = [], message: String, plan: SourceLocation?, hint: String, otherAgent: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.agent = agent
        self.path = path
        self.rename = rename
        self.owners = owners
        self.message = message
        self.plan = plan
        self.hint = hint
        self.otherAgent = otherAgent
    }

    /// Reports sort findings by agent, then path, then rule, so output is stable across runs.
    static func ordered(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.agent ?? "", lhs.path, lhs.rule, lhs.otherAgent ?? "") < (rhs.agent ?? "", rhs.path, rhs.rule, rhs.otherAgent ?? "")
    }
}

/// How much a finding matters: errors block (exit 1), warnings and notes are reported only.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case error, warning, note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Both paths of a renamed file.
public struct Rename: Sendable, Hashable, Codable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
