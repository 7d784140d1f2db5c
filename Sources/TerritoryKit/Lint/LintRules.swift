/// The rules `territory lint` applies to a plan before a wave starts, documented like the path
/// rules so that `territory rules` and the README list them from one place.
public enum LintRules {
    public static let overlap = RuleDescription(
        id: "territory-overlap", defaultSeverity: .error,
        what: "Two agents that run in the same wave both own a path: a tracked file, or a literal path one of them names. One "
            + "finding per agent pair and path (or pair of patterns, or broad entry over the other's), listing every plan line "
            + "involved. Two patterns that meet only on a made-up name (`src/*auth*` and `src/*automation*` on "
            + "`src/xauthautomation`), or two bare names no tracked file resolves, are a note.",
        why: "The plan promises that parallel agents never write the same file; an overlap is a merge conflict planned in advance.",
        example: "ui-agent owns `src/**/*.tsx` and forms-agent owns `src/forms/`; both own `src/forms/Field.tsx`.",
        fix: "Give the path to one agent, narrow one pattern with an `!exclusion` in that agent's list, or annotate both entries as shared "
            + "(`(shared)`, `(section: …)`), which lowers the finding to a warning (as do part-of-file notes such as `(lines 1-30)` or `(left column only)`). Overlaps across waves are notes: a hand-off.")

    public static let unownedFile = RuleDescription(
        id: "unowned-file", defaultSeverity: .warning,
        what: "Tracked files that no agent's territory covers: one finding with their count and the largest top-level folders.",
        why: "A change to an unowned file fails `check` with unowned-path; the plan should say whose they are before agents start.",
        example: "352 tracked files are owned by no agent: `scripts/` (312), `docs/` (40).",
        fix: "Add the folder to an agent's territory, or to a read-only list if nobody should change it.")

    public static let matchesNothing = RuleDescription(
        id: "matches-nothing", defaultSeverity: .warning,
        what: "An entry whose pattern matches no tracked file (a note when the entry is marked new or create). When most entries "
            + "match nothing, the plan was written before the code: one note says so instead of a warning per entry.",
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
        id: "invalid-pattern", defaultSeverity: .error,
        what: "An entry that is malformed or too wide to be meant: `!` alone, an exclusion territory cannot read, an unclosed "
            + "`{`, a lone `[`, an empty segment (`src//x`), or a pattern of only stars (`**`, `**/*`) that would grant the whole "
            + "repository.",
        why: "territory cannot tell what the entry grants: dropping it shrinks (or, for an exclusion, widens) a territory, and "
            + "`**` hands one agent everything. Enforcement stops (exit 2) on such a plan rather than guess.",
        example: "`! ` on its own line in a Territory list; `src/{api,` with no closing brace; `**` as an agent's whole territory.",
        fix: "Write the exclusion as `!path` (`!src/api/generated/**`), close the brace (`src/{api,ui}/`), or list the folders the "
            + "agent owns instead of `**`.")

    public static let unreadPath = RuleDescription(
        id: "unread-path", defaultSeverity: .note,
        what: "A line in an agent's section that names a path the reader did not take as an entry: under a label that is not a "
            + "territory, read, shared or forbidden list (a warning when the line is in such a list but the path cannot be read).",
        why: "A path the plan's author meant as territory but wrote under `**Dependencies**:` or `### Notes` grants nothing; "
            + "territory says so instead of dropping it silently.",
        example: "`**Depends on**: `src/shared/types.ts`` under api-agent.",
        fix: "Move the path under the agent's **Territory**: (or **Read-Only**:) label if it is meant; otherwise leave it, the "
            + "note is for the reader.")

    public static let noTerritory = RuleDescription(
        id: "no-territory", defaultSeverity: .error,
        what: "A plan in which no agent has a write entry.",
        why: "Every change would be outside every territory; enforcement refuses such a plan (exit 2). Usually the reader did not "
            + "recognise the plan's labels.",
        example: "Agents listed with **Responsibilities** and **Reads** only.",
        fix: "List each agent's paths under a **Territory**: label (or `write:` in a ```territory block), then check what was read "
            + "with `territory show`.")

    public static let all = [overlap, noTerritory, unownedFile, matchesNothing, unresolvableEntry, duplicateAgent, invalidPattern, unreadPath]
}
