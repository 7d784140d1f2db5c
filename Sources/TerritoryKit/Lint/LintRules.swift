/// The rules `territory lint` applies to a plan before a wave starts, documented like the path
/// rules so that `territory rules` and the README list them from one place.
public enum LintRules {
    public static let overlap = RuleDescription(
        id: "territory-overlap", defaultSeverity: .error,
        what: "Two agents that run in the same wave both own a path (an existing file, or one their patterns would both match).",
        why: "The plan promises that parallel agents never write the same file; an overlap is a merge conflict planned in advance.",
        example: "ui-agent owns `src/**/*.tsx` and forms-agent owns `src/forms/`; both own `src/forms/Field.tsx`.",
        fix: "Give the path to one agent, narrow one pattern with an `!exclusion` in that agent's list, or annotate both entries as shared "
            + "(`(shared)`, `(section: …)`), which lowers the finding to a warning. Overlaps across waves are notes: a hand-off.")

    public static let unownedFile = RuleDescription(
        id: "unowned-file", defaultSeverity: .warning,
        what: "Tracked files that no agent's territory covers, counted by top-level folder.",
        why: "A change to an unowned file fails `check` with unowned-path; the plan should say whose they are before agents start.",
        example: "312 tracked files under `scripts/` are owned by no agent.",
        fix: "Add the folder to an agent's territory, or to a read-only list if nobody should change it.")

    public static let matchesNothing = RuleDescription(
        id: "matches-nothing", defaultSeverity: .warning,
        what: "An entry whose pattern matches no tracked file (a note when the entry is marked new or create).",
        why: "A typo in a pattern silently shrinks a territory; the agent then trips unowned-path on its own files.",
        example: "`src/procesing/**` matches nothing; the folder is `src/processing/`.",
        fix: "Correct the path, or mark files to be created with `(NEW)`.")

    public static let unresolvableEntry = RuleDescription(
        id: "unresolvable-entry", defaultSeverity: .warning,
        what: "An entry that is not a repository path: `~/…`, `../…`, an absolute machine path, a `{placeholder}`, `file:line`.",
        why: "territory cannot match it, so it grants nothing; the plan's author probably meant something else.",
        example: "`~/.config/app/boxes.json` in a Territory list.",
        fix: "Write the repository-relative path, or move the note out of the territory list.")

    public static let duplicateAgent = RuleDescription(
        id: "duplicate-agent", defaultSeverity: .warning,
        what: "Two agent sections resolve to the same id.",
        why: "Branches and findings are tied to agents by id; two agents with one id cannot be told apart.",
        example: "`## Agent 1: MCP Wiring` in wave 1 and `## Agent 1: Graph Builder` in wave 3 with the same explicit ID.",
        fix: "Give each agent its own `**Agent ID:**`.")

    public static let invalidPattern = RuleDescription(
        id: "invalid-pattern", defaultSeverity: .warning,
        what: "An entry whose pattern cannot be compiled (a placeholder, an unbalanced brace, an empty segment).",
        why: "It never matches, so the territory it was meant to grant does not exist.",
        example: "`src/{module}/index.ts` — `{module}` is a placeholder, not an alternation.",
        fix: "Write the real path, or use `{a,b}` alternation with a comma.")

    public static let all = [overlap, unownedFile, matchesNothing, unresolvableEntry, duplicateAgent, invalidPattern]
}
