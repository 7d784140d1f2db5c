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
