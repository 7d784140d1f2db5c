import TerritoryGit
import TerritoryKit

/// The plan a setup command works from — the base branch tip's, the plan that will judge the
/// agents' work — and the agents it sets up: those of one wave, or all of them.
struct SetupPlan {
    let base: BaseBranch
    let loaded: LoadedPlan
    let agents: [Agent]

    var plan: Plan { loaded.plan }

    init(repository: Repository, planPath: String?, base requested: String?, wave: Int?) throws {
        base = try BaseBranch.resolve(requested, in: repository)
        let loader = PlanLoader(repository: repository, requested: planPath)
        guard let loaded = try loader.load(from: base.commit, named: base.name) else { throw loader.missing(in: base.name) }
        self.loaded = loaded
        agents = try Self.agents(of: loaded.plan, wave: wave)
    }

    /// The agents of `wave` (every agent when nil), in plan order; an error naming the plan's
    /// waves when none runs in it.
    static func agents(of plan: Plan, wave: Int?) throws -> [Agent] {
        guard !plan.agents.isEmpty else {
            throw UserError("\(plan.file) defines no agents", hint: "check how territory reads it: `territory show`")
        }
        guard let wave else { return plan.agents }
        let members = plan.agents.filter { $0.waves.contains(wave) }
        guard members.isEmpty else { return members }
        let known = Array(Set(plan.agents.flatMap(\.waves))).sorted()
        throw UserError("no agent of \(plan.file) runs in wave \(wave)",
                        hint: known.isEmpty ? "give agents a `**Wave**:` field, or leave out --wave"
                            : "waves of this plan: " + known.map(String.init).joined(separator: ", "))
    }

    /// The branch an agent works on: its `**Branch**:` field, else `agent/<id>`.
    static func branch(of agent: Agent) -> String { agent.branch ?? "agent/\(agent.id)" }
}
