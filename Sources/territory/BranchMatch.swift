/// A branch tied to an agent, and the reason: which plan line or naming pattern tied them.
struct BranchMatch {
    var branch: String
    var agentID: String
    var mapping: String
}
