/// Who the change belongs to, and which source said so (printed in reports).
struct AgentIdentity {
    var agentID: String
    var source: String
}
