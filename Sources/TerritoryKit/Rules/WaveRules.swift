/// The rules `territory check --wave` adds to the path rules: the questions an orchestrator asks
/// before integrating a wave, documented like every other rule.
public enum WaveRules {
    public static let overlappingChanges = RuleDescription(
        id: "overlapping-changes", defaultSeverity: .error,
        what: "Two agents of one wave changed the same path (a warning when the plan shares the path under a rule).",
        why: "Parallel agents are promised disjoint files; two edits of one file are a merge conflict waiting, or one agent undoing the other.",
        example: "api-agent and ui-agent both change `src/shared/types.ts` in wave 1.",
        fix: "Keep the change on the path's owner's branch and drop it from the other (`git checkout <base> -- <path>`), "
            + "or annotate the entry as shared if both edits are intended.")

    public static let mergeConflict = RuleDescription(
        id: "merge-conflict", defaultSeverity: .error,
        what: "Branches of a wave conflict when merged: pairwise, or when integrated onto the base in plan order "
            + "(kind: content, modify/delete, add/add, rename). Predicted in memory; nothing is written.",
        why: "The orchestrator merges a wave in plan order; a conflict stops the integration and needs a person who knows both changes.",
        example: "api-agent and ui-agent both rewrite line 3 of `src/shared/types.ts`: content conflict at step 2.",
        fix: "Resolve it on the later branch before the wave is integrated: merge or rebase it onto the earlier one, "
            + "or move the change to the path's owner.")

    public static let staleBase = RuleDescription(
        id: "stale-base", defaultSeverity: .warning,
        what: "A branch that does not contain the base's current tip (how many commits behind), or, for wave N > 1, "
            + "a branch of wave N−1; or a branch that forked from another agent's branch.",
        why: "A branch built on an old base is checked and merged against code its agent never saw; a branch forked "
            + "from a sibling carries that sibling's changes into its own merge.",
        example: "ui-agent's branch is 3 commits behind main; docs-agent's branch forked from api-agent's.",
        fix: "Rebase the branch onto the base (`git rebase <base>`) after the previous wave is merged; fork agent branches from the base only.")

    public static let missingBranch = RuleDescription(
        id: "missing-branch", defaultSeverity: .error,
        what: "An agent of the wave has no branch: none named by its Branch field or the naming patterns.",
        why: "A wave cannot be integrated with an agent's work missing; usually the branch was never pushed or fetched.",
        example: "wave 2 lists docs-agent, but neither `agent/docs-agent` nor `docs-agent` exists.",
        fix: "Fetch or push the agent's branch, or give the agent a `**Branch**:` field naming it.")

    public static let noChanges = RuleDescription(
        id: "no-changes", defaultSeverity: .note,
        what: "An agent's branch has no changes since it left the base.",
        why: "Either the agent has not started, or its work was never committed.",
        example: "`agent/docs-agent` points at the base commit.",
        fix: "Nothing to fix if the agent is idle; otherwise commit and push its work.")

    public static let all = [overlappingChanges, mergeConflict, staleBase, missingBranch, noChanges]
}
