import TerritoryGit
import TerritoryKit

/// Predicts a wave's merges in memory: every pair of branches, then the integration onto the
/// base in plan order. Conflicts the pairs already show are not repeated for the sequence.
struct WaveMerge {
    let workspace: MergeWorkspace
    let base: ObjectID

    struct Result {
        var conflicts: [WaveConflict]
        var summary: String
    }

    func analyse(_ branches: [WaveBranch]) throws -> Result {
        var conflicts: [WaveConflict] = []
        var methods: [MergeMethod: Int] = [:]
        for (i, ours) in branches.enumerated() {
            for theirs in branches[(i + 1)...] {
                let pair = try workspace.pair(ours.head, theirs.head)
                methods[pair.method, default: 0] += 1
                conflicts += pair.conflicts.map {
                    WaveConflict(agent: ours.agentID, otherAgents: [theirs.agentID], path: $0.path, paths: $0.paths, kind: $0.kind.rawValue)
                }
            }
        }
        let steps = try workspace.integrate(base: base, branches: branches.map(\.head))
        let pairwise = Set(conflicts.flatMap { [$0.agent + "\u{0}" + $0.path, $0.otherAgents[0] + "\u{0}" + $0.path] })
        var summary = "\(branches.count) branches, \(methods.values.reduce(0, +)) pairs ("
            + [MergeMethod.disjoint, .predicted, .full].map { "\(methods[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ") + ")"
        guard let failed = steps.first(where: { !$0.isClean }) else {
            return Result(conflicts: conflicts, summary: summary + "; integrates cleanly onto the base in plan order")
        }
        let agent = branches[failed.index].agentID
        summary += "; integration in plan order stops at step \(failed.index + 1) of \(branches.count) (\(agent)): "
            + failed.conflicts.map { "`\($0.path)` (\($0.kind.rawValue))" }.joined(separator: ", ")
        for conflict in failed.conflicts where !pairwise.contains(agent + "\u{0}" + conflict.path) {
            let earlier = branches[..<failed.index].filter { branch in
                branch.change.changes.contains { $0.touchedPaths.contains(where: conflict.paths.contains) }
            }.map(\.agentID)
            conflicts.append(WaveConflict(
                agent: agent, otherAgents: earlier, path: conflict.path, paths: conflict.paths, kind: conflict.kind.rawValue,
                step: (failed.index + 1, branches.count)))
        }
        return Result(conflicts: conflicts, summary: summary)
    }
}
