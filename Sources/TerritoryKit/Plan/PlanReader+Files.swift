/// Reading a plan made of several files: the main file plus siblings such as
/// `orchestration-plan.md`, where some plans (TAXONOMY §0, 44 45) define their agents.
extension PlanReader {
    /// Reads `files[0]` as the main plan, then each sibling. A sibling's agent that names an
    /// agent of the main file (by id, number, name or alias) adds the entries the main file
    /// lacks; other agents are added. `plan.file` is the main file's path.
    public func read(files: [(path: String, text: String)]) -> Plan {
        guard let main = files.first else { return Plan(file: "", agents: []) }
        var plan = read(text: main.text, file: main.path)
        guard files.count > 1 else { return plan }
        var index = AgentIndex(plan.agents)
        var ids = Set(plan.agents.map(\.id))
        for sibling in files.dropFirst() {
            let other = read(text: sibling.text, file: sibling.path)
            plan.diagnostics += other.diagnostics
            for agent in other.agents {
                guard let found = ([agent.id, agent.name] + agent.aliases).lazy.compactMap(index.index(named:)).first else {
                    var added = agent
                    if ids.contains(added.id) { added.id += "-" + Self.stem(sibling.path) }
                    ids.insert(added.id)
                    index.add(added, at: plan.agents.count)
                    plan.agents.append(added)
                    continue
                }
                let known = Set(plan.agents[found].entries.map { "\($0.access.rawValue) \($0.pattern)" })
                plan.agents[found].entries += agent.entries.filter { !known.contains("\($0.access.rawValue) \($0.pattern)") }
                plan.agents[found].waves = Array(Set(plan.agents[found].waves + agent.waves)).sorted()
                if plan.agents[found].branch == nil { plan.agents[found].branch = agent.branch }
            }
        }
        return plan
    }

    /// `…/orchestration-plan.md` → `orchestration-plan`, to keep a clashing id unique.
    private static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return AgentIdentity.slug(name.hasSuffix(".md") ? String(name.dropLast(3)) : name)
    }
}
