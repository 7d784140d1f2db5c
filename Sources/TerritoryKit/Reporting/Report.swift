/// Everything one run found. Every output format is written from this one value.
public struct Report: Sendable, Hashable {
    /// The command that produced it (`check`, `hook pre-commit`, `gate`).
    public var command: String
    /// The plan file that judged, and the trusted ref it was read from.
    public var planFile: String
    public var planSource: String
    public var base: String?
    public var agents: [CheckedAgent]
    public var findings: [Finding]
    /// Lines worth saying that are not findings ("not an agent branch").
    public var notes: [String]

    public init(
        command: String, planFile: String, planSource: String, base: String?,
        agents: [CheckedAgent], findings: [Finding], notes: [String] = []
    ) {
        self.command = command
        self.planFile = planFile
        self.planSource = planSource
        self.base = base
        self.agents = agents
        self.findings = findings.sorted(by: Finding.ordered)
        self.notes = notes
    }

    public var summary: Summary { Summary(findings) }

    /// True when a finding of error severity should fail the run (exit 1).
    public var isBlocking: Bool { findings.contains { $0.severity == .error } }
}

/// One agent a report covers: the change judged as that agent and how territory found it.
public struct CheckedAgent: Sendable, Hashable {
    public var id: String
    /// The branch (or other source) judged, if any.
    public var branch: String?
    /// How the branch was tied to the agent: `Branch field (plan line 12)`, `pattern agent/{id}`.
    public var mapping: String
    /// Abbreviated commit the changes were measured from (the merge base), if any.
    public var mergeBase: String?
    public var changedPaths: Int
    /// The commit (abbreviated) judged, when a range is judged commit by commit.
    public var commit: String?

    public init(id: String, branch: String?, mapping: String, mergeBase: String?, changedPaths: Int, commit: String? = nil) {
        self.id = id
        self.branch = branch
        self.mapping = mapping
        self.mergeBase = mergeBase
        self.changedPaths = changedPaths
        self.commit = commit
    }

    /// True when `finding` belongs to this entry: the same agent, and the same branch and commit
    /// where the finding names them (a report may judge several branches or commits of one agent).
    public func owns(_ finding: Finding) -> Bool {
        finding.agent == id && finding.commit == commit && (finding.branch == nil || finding.branch == branch)
    }
}

/// Counts of findings by severity.
public struct Summary: Sendable, Hashable, Codable {
    public var errors: Int
    public var warnings: Int
    public var notes: Int

    public init(_ findings: [Finding]) {
        errors = findings.count { $0.severity == .error }
        warnings = findings.count { $0.severity == .warning }
        notes = findings.count { $0.severity == .note }
    }
}

/// Writes a report in one output format. Reporters are stateless and never decide the exit
/// status; the command does.
public protocol Reporter: Sendable {
    func render(_ report: Report) -> String
}
