/// The exact form wins: agents stated in ```` ```territory ```` blocks replace what the
/// heuristics read for them (matched by id, number, name or alias), and are added otherwise.
extension PlanReader {
    func applyTerritoryBlocks(_ lines: [MarkdownLine], to plan: inout Plan) {
        var block: TerritoryBlock?
        var blocks: [TerritoryBlock] = []
        for line in lines {
            switch line.kind {
            case .fenceOpen(let info) where info.lowercased().split(separator: " ").first == "territory":
                block = TerritoryBlock(file: plan.file, planFolder: plan.folder)
            case .fenced(let text):
                block?.consume(text, line: line.number)
            case .fenceClose:
                if let finished = block { blocks.append(finished) }
                block = nil
            default:
                continue
            }
        }
        guard !blocks.isEmpty else { return }
        var index = AgentIndex(plan.agents)
        for finished in blocks {
            plan.diagnostics += finished.diagnostics
            for stated in finished.agents { merge(stated, into: &plan, index: &index) }
        }
    }

    private func merge(_ stated: Agent, into plan: inout Plan, index agents: inout AgentIndex) {
        guard let index = agents.index(named: stated.id) else {
            agents.add(stated, at: plan.agents.count)
            plan.agents.append(stated)
            return
        }
        let old = plan.agents[index]
        var agent = old
        agent.entries = stated.entries
        if !stated.waves.isEmpty { agent.waves = stated.waves }
        if let branch = stated.branch { agent.branch = branch }
        if stated.name != stated.id { agent.name = stated.name }
        plan.agents[index] = agent
        agents.update(old, to: agent, at: index)
        plan.diagnostics.append(PlanDiagnostic(
            code: "territory-block", severity: .note,
            message: "\(agent.id)'s entries come from the territory block at line \(stated.location.line), which overrides its section",
            location: stated.location))
    }
}
