/// An agent changed the plan that judges it. The plan is read from the trusted base, so the edit
/// cannot widen the agent's territory, but it is reported so that a person looks at it.
public struct PlanModifiedRule: PathRule {
    public static let description = RuleDescription(
        id: "plan-modified", defaultSeverity: .error,
        what: "An agent's change edits the orchestration plan: its file, everything in a dedicated orchestration folder "
            + "(`.context-kit/orchestration/<name>/`, `.claude/orchestration/`), or, when the plan sits in a general folder such as "
            + "`docs/`, only its sibling plan files and `integration-contracts/`. A file in the plan's folder that an agent's "
            + "write entry names is that agent's, not the plan's.",
        why: "The plan decides what every agent may write. An agent that edits it could widen its own territory; "
            + "territory always judges with the plan from the trusted base, and reports the edit.",
        example: "api-agent's branch adds `- src/ui/**` to its own Territory list in agent-assignments.md.",
        fix: "Drop the plan edit from the branch (`git checkout <base> -- <plan file>`); plan changes go through the orchestrator.")

    public init() {}

    public func evaluate(_ touch: PathTouch) -> Finding? {
        guard touch.planScope.contains(touch.path) else { return nil }
        return finding(
            touch, owners: [],
            message: "\(touch.verb) `\(touch.path)`, part of the plan; the plan is read from the trusted base, so this edit does not change any territory",
            plan: SourceLocation(file: touch.planScope.file, line: 1),
            hint: "restore it from the base (`git checkout <base> -- \(touch.path)`); ask the orchestrator to change the plan")
    }
}
