/// Judges agents' changes against a compiled plan. Pure: it reads values and returns findings.
public struct Checker: Sendable {
    public let map: TerritoryMap
    private let rules: [any PathRule]
    private let planScope: PlanScope
    private let agents: [String: Agent]

    public init(map: TerritoryMap, rules: [any PathRule] = RuleCatalog.pathRules) {
        self.map = map
        self.rules = rules
        self.planScope = PlanScope(plan: map.plan)
        self.agents = Dictionary(map.plan.agents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The agent id of work that ties to no agent of the plan. It owns nothing, as an unknown
    /// author under CODEOWNERS still needs the owners: touching any agent's path is a crossing,
    /// touching an unowned one is a plan gap.
    public static let unattributed = "unattributed"

    /// The findings for one agent's change: every path it writes (both sides of a rename) is
    /// judged once, by the first rule that has something to say.
    public func check(_ change: AgentChange) -> [Finding] {
        let nobody = Agent(id: Self.unattributed, name: "work of no agent", location: SourceLocation(file: map.plan.file, line: 1))
        guard let agent = agents[change.agentID] ?? (change.agentID == Self.unattributed ? nobody : nil) else { return [] }
        var findings: [Finding] = []
        for changed in change.changes {
            for path in changed.touchedPaths {
                let touch = PathTouch(
                    agent: agent, change: changed, path: path, ownership: map.ownership(of: path), planScope: planScope)
                if let finding = rules.lazy.compactMap({ $0.evaluate(touch) }).first {
                    findings.append(finding)
                }
            }
        }
        return findings
    }
}

