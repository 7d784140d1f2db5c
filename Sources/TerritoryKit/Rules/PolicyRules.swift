/// Rules that come from how a change is attributed and configured rather than from a path's
/// owners: the shared paths of `.territory.yml`, commits that name an agent the plan lacks, and
/// a plan read from the change itself.
public enum PolicyRules {
    public static let sharedRule = RuleDescription(
        id: "shared-rule", defaultSeverity: .error,
        what: "A change removes or edits existing lines of a path `.territory.yml` shares with every agent as append-only.",
        why: "Shared append-only files (a changelog, a registry) are where every agent adds its entry; an edit to "
            + "another agent's entry is a crossing inside a shared file.",
        example: "`shared: [{ path: CHANGELOG.md, rule: append-only }]`; ui-agent rewrites api-agent's changelog line.",
        fix: "Keep the existing lines as they were and add yours below them.")

    public static let unknownAgent = RuleDescription(
        id: "unknown-agent", defaultSeverity: .error,
        what: "A commit's `Agent:` trailer names no agent of the plan.",
        why: "The trailer is how commits on a shared branch say whose work they are; a name the plan does not know "
            + "is a typo or an agent outside the plan, and its work would be judged as no one's.",
        example: "`Agent: api` on a commit, where the plan's agents are api-agent and ui-agent.",
        fix: "Amend the commit with an id of the plan (the hint lists them), e.g. "
            + "`git commit --amend --trailer \"Agent: api-agent\"`.")

    public static let planUntrusted = RuleDescription(
        id: "plan-untrusted", defaultSeverity: .warning,
        what: "The plan was read from the change itself, because the base branch has none yet (or there is no base).",
        why: "A plan that arrives with the change can give the change any territory it likes; it is the best "
            + "territory can do until the plan is on the base, and the report says so.",
        example: "The first branch of a wave commits the plan and its own work together.",
        fix: "Merge the plan into the base branch first, so that later checks read it from there.")

    public static let aliasCollision = RuleDescription(
        id: "alias-collision", defaultSeverity: .error,
        what: "lint: a name the plan gives one agent (an alias: its number, its name, its id without `-agent`) is another "
            + "agent's id. (An alias two agents share, such as `agent-1` in plans that number agents per wave, names neither.)",
        why: "Branches and `--agent` name agents by these keys; a key two agents share would tie a branch to the wrong one. "
            + "territory never uses a shared key (ids win), and says so here so the plan can be fixed.",
        example: "`## Agent 1: api-agent` (alias `api`) and `## Agent 2: api` in one plan: a branch `agent/api` is agent 2's.",
        fix: "Rename one of the agents, or give it an explicit id (`**ID**: …`) that no other agent's name shortens to.")

    public static let all = [sharedRule, unknownAgent, planUntrusted, aliasCollision]
}
