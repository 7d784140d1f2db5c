/// An agent changed a path that no agent of the plan owns: a gap in the plan, not a crossing.
///
/// A warning by default: real plans leave out about half the files agents touch (READMEs,
/// configs, `__init__.py`, lockfiles) and are written before the code, so an error here would be
/// an error that is usually not a real crossing. Two agents of one wave on the same unowned path
/// are a collision, which the wave check reports as an error (`overlapping-changes`); a
/// repository that wants strict plans sets `rules: {unowned-path: error}` in `.territory.yml`.
public struct UnownedPathRule: PathRule {
    public static let description = RuleDescription(
        id: "unowned-path", defaultSeverity: .warning,
        what: "An agent changed a path that no entry of the plan gives to any agent: a gap in the plan.",
        why: "A file nobody owns is a file two agents can both decide to create or edit; the plan should say whose it is. "
            + "It is a warning, not an error, because plans are written before the code and leave out many files; "
            + "two agents of one wave on one unowned path are an error (`overlapping-changes`).",
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
