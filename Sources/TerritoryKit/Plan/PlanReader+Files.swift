/// Reading a plan made of several files: the main file plus siblings such as
/// `orchestration-plan.md`, where some plans (TAXONOMY §0, 44 45) define their agents.
extension PlanReader {
    /// Reads `files[0]` as the main plan, then each sibling. A sibling's agent that names an
    /// agent of the main file (by id, number, name or alias) adds the entries the main file
    /// lacks; other agents are added. `plan.file` is the main file's path.
    public func read(files: [(path: String, text: String)]) -> Plan {
        guard let main = files.first else { return Plan(file: "", agents: []) }
        var plan = read(text: main.text, file: main.path)
        for sibling in files.dropFirst() {
            let other = read(text: sibling.text, file: sibling.path)
            plan.diagnostics += other.diagnostics
            for agent in other.agents {
                guard let index = Self.match(agent, in: plan) else {
                    var added = agent
                    if plan.agents.contains(where: { $0.id == added.id }) { added.id += "-" + Self.stem(sibling.path) }
                    plan.agents.append(added)
                    continue
                }
                let known = Set(plan.agents[index].entries.map { "\($0.access.rawValue) \($0.pattern)" })
                plan.agents[index].entries += agent.entries.filter { !known.contains("\($0.access.rawValue) \($0.pattern)") }
                plan.agents[index].waves = Array(Set(plan.agents[index].waves + agent.waves)).sorted()
                if plan.agents[index].branch == nil { plan.agents[index].branch = agent.branch }
            }
        }
        return plan
    }

    private static func match(_ agent: Agent, in plan: Plan) -> Int? {
        for name in [agent.id, agent.name] + agent.aliases {
            if let found = plan.agent(named: name), let index = plan.agents.firstIndex(where: { $0.id == found.id }) {
                return index
            }
        }
        return nil
    }

    /// `…/orchestration-plan.md` → `orchestration-plan`, to keep a clashing id unique.
    private static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return AgentIdentity.slug(name.hasSuffix(".md") ? String(name.dropLast(3)) : name)
    }
}
