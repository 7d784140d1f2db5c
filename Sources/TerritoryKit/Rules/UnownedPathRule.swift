/// An agent changed a path that no agent of the plan owns.
public struct UnownedPathRule: PathRule {
    public static let description = RuleDescription(
        id: "unowned-path", defaultSeverity: .error,
        what: "An agent changed a path that no entry of the plan gives to any agent.",
        why: "A file nobody owns is a file two agents can both decide to create or edit; the plan should say whose it is.",
        example: "api-agent's branch adds `scripts/seed.py`; no agent's territory covers `scripts/`.",
        fix: "Add the path to the agent's territory in the plan (through the orchestrator), or move the change out of the branch.")

    public init() {}

    public func evaluate(_ touch: PathTouch) -> Finding? {
        let ownership = touch.ownership
        guard ownership.writers.isEmpty, ownership.match(for: touch.agent.id, .shared) == nil else { return nil }
        return finding(
            touch, owners: [],
            message: "\(touch.verb) `\(touch.path)`, which no agent of the plan owns",
            plan: touch.agent.location,
            hint: "add `\(touch.path)` to \(touch.agent.id)'s territory in the plan (via the orchestrator), or drop it from this change")
    }
}
