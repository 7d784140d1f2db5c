/// An agent changed a path that belongs to other agents. Deleting or renaming another agent's
/// file is a crossing too.
public struct OutsideTerritoryRule: PathRule {
    public static let description = RuleDescription(
        id: "outside-territory", defaultSeverity: .error,
        what: "An agent changed (added, modified, deleted or renamed) a path that the plan gives to other agents.",
        why: "Parallel agents only merge cleanly when each writes its own files; a crossing is a merge conflict "
            + "or a silent overwrite waiting to happen.",
        example: "api-agent's branch edits `src/ui/App.tsx`, which ui-agent owns through `src/ui/**`.",
        fix: "Move the change to the owning agent's branch, or have the orchestrator change the plan.")

    public init() {}

    public func evaluate(_ touch: PathTouch) -> Finding? {
        let owners = touch.ownership.owners
        guard !owners.isEmpty, !owners.contains(touch.agent.id) else { return nil }
        guard touch.ownership.match(for: touch.agent.id, .shared) == nil else { return nil }
        let decided = touch.ownership.writers[0]
        return finding(
            touch, owners: owners,
            message: "\(touch.verb) `\(touch.path)`, which belongs to \(owners.joined(separator: ", ")) (`\(decided.entry.pattern)`)",
            plan: decided.entry.location,
            hint: "move this change to \(owners[0])'s branch, or revert it (`git checkout <base> -- \(touch.path)`)")
    }
}
