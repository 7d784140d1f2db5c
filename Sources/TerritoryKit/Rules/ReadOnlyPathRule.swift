/// An agent changed a path its own plan section lists as read-only (or forbids).
public struct ReadOnlyPathRule: PathRule {
    public static let description = RuleDescription(
        id: "read-only-path", defaultSeverity: .error,
        what: "An agent changed a path that its own section of the plan lists as read-only or forbidden.",
        why: "Read-only entries are the interfaces an agent builds against; another agent is producing them, "
            + "and a change here is a change under that agent's feet.",
        example: "ui-agent lists `src/api/types.ts` under Read-Only and its branch edits it.",
        fix: "Revert the change to that path and ask its owner for what you need.")

    public init() {}

    public func evaluate(_ touch: PathTouch) -> Finding? {
        let agent = touch.agent.id
        guard touch.ownership.match(for: agent, .write) == nil else { return nil }
        guard let decided = touch.ownership.match(for: agent, .forbidden) ?? touch.ownership.match(for: agent, .read)
        else { return nil }
        let listed = decided.entry.access == .forbidden ? "forbids \(agent) to touch" : "gives \(agent) read-only"
        let owners = touch.ownership.owners
        let ask = owners.isEmpty ? "the orchestrator" : owners.joined(separator: ", ")
        return finding(
            touch, owners: owners,
            message: "\(touch.verb) `\(touch.path)`, which the plan \(listed) (`\(decided.entry.pattern)`)",
            plan: decided.entry.location,
            hint: "revert it (`git checkout <base> -- \(touch.path)`) and ask \(ask) for the change")
    }
}
