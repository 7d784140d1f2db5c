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
        for finished in blocks {
            plan.diagnostics += finished.diagnostics
            for stated in finished.agents { merge(stated, into: &plan) }
        }
    }

    private func merge(_ stated: Agent, into plan: inout Plan) {
        guard let found = plan.agent(named: stated.id), let index = plan.agents.firstIndex(where: { $0.id == found.id }) else {
            plan.agents.append(stated)
            return
        }
        var agent = plan.agents[index]
        agent.entries = stated.entries
        if !stated.waves.isEmpty { agent.waves = stated.waves }
        if let branch = stated.branch { agent.branch = branch }
        if stated.name != stated.id { agent.name = stated.name }
        plan.agents[index] = agent
        plan.diagnostics.append(PlanDiagnostic(
            code: "territory-block", severity: .note,
            message: "\(agent.id)'s entries come from the territory block at line \(stated.location.line), which overrides its section",
            location: stated.location))
    }
}
