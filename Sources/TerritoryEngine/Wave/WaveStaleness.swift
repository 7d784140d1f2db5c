import TerritoryGit
import TerritoryKit

/// Where each branch of a wave starts: behind the base, missing the previous wave, or forked
/// from a sibling's branch instead of the base.
struct WaveStaleness {
    let repository: Repository
    /// Asked for the branch pairs' merge bases, which it has already computed for the merges.
    let workspace: MergeWorkspace
    let base: BaseBranch

    func staleness(_ branches: [WaveBranch], previousWave: [WaveBranch]) throws -> [Staleness] {
        var result: [Staleness] = []
        for branch in branches {
            // A branch already merged into the base is integrated, not stale.
            if try branch.head == base.commit || repository.isDescendant(base.commit, of: branch.head) { continue }
            let behind = try repository.aheadBehind(branch.head, base.commit).behind
            var missing: [String] = []
            for earlier in previousWave where earlier.head != branch.head {
                if !(try repository.isDescendant(branch.head, of: earlier.head)) { missing.append(earlier.agentID) }
            }
            var forked: [String] = []
            for other in branches where other.agentID != branch.agentID {
                // Their common history goes beyond the base (it is not reachable from the base's
                // tip) and this branch has commits of its own after it: it was built on other's work.
                guard let shared = try workspace.mergeBase(branch.head, other.head), shared != branch.head,
                      shared != base.commit, !(try repository.isDescendant(base.commit, of: shared))
                else { continue }
                forked.append(other.agentID)
            }
            if behind > 0 || !missing.isEmpty || !forked.isEmpty {
                result.append(Staleness(agent: branch.agentID, branch: branch.name, behindBase: behind,
                                        missingPreviousWave: missing, forkedFrom: forked))
            }
        }
        return result
    }
}
