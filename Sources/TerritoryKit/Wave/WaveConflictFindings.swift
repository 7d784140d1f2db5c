/// `merge-conflict` findings from predicted conflicts, with the path's owners from the plan.
public struct WaveConflictFindings: Sendable {
    public let map: TerritoryMap

    public init(map: TerritoryMap) { self.map = map }

    public func findings(_ conflicts: [WaveConflict], wave: Int) -> [Finding] {
        conflicts.map { conflict in
            let ownership = map.ownership(of: conflict.path)
            let others = conflict.otherAgents.joined(separator: ", ")
            let also = conflict.paths.filter { $0 != conflict.path }
            var message: String
            if let step = conflict.step {
                message = "\(conflict.kind) conflict in `\(conflict.path)` at step \(step.index) of \(step.of) of wave \(wave)'s "
                    + "integration in plan order: \(conflict.agent) merged onto the base plus the branches before it "
                    + "(the path changed by \(others.isEmpty ? "earlier steps" : others)); no pair alone conflicts here"
            } else {
                message = "\(conflict.kind) conflict in `\(conflict.path)` when merging \(conflict.agent) and \(others) (wave \(wave))"
            }
            if !also.isEmpty { message += "; also involves " + also.map { "`\($0)`" }.joined(separator: ", ") }
            message += ownership.owners.isEmpty ? "; nobody owns it" : "; owned by " + ownership.owners.joined(separator: ", ")
            let owner = ownership.owners.first ?? "the path's owner"
            return Finding(
                rule: WaveRules.mergeConflict.id, severity: WaveRules.mergeConflict.defaultSeverity, agent: conflict.agent,
                path: conflict.path, owners: ownership.owners, message: message, plan: ownership.writers.first?.entry.location,
                hint: "resolve before integrating: merge \(others.isEmpty ? "the earlier branches" : others) into \(conflict.agent)'s "
                    + "branch and settle `\(conflict.path)` there, or leave the change to \(owner)",
                otherAgent: conflict.otherAgents.first)
        }
    }
}
