import TerritoryGit
import TerritoryKit

/// One agent of a wave with its branch found: what the wave analyses need about it.
struct WaveBranch {
    var agentID: String
    var name: String
    var head: ObjectID
    var mergeBase: ObjectID
    var change: AgentChange
}
