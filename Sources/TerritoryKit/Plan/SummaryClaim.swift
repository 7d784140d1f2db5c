/// Ownership stated outside an agent's own section — a roster row, a matrix row, a node of a
/// territory map (`← Agent 2`) — kept until the whole plan is read, because summaries often come
/// before the sections they restate and name agents by other spellings.
struct SummaryClaim: Sendable, Hashable {
    /// How the summary names the agent: `backend-api`, `Agent 1 (html-agent)`, `**Parser Agent**`.
    var agentRef: String
    /// Whether an unknown agent may be created from this claim (roster rows may; owner cells of
    /// matrices and tree maps may not, since they also name people, teams and "LOCKED").
    var definesAgent: Bool
    /// Whether the row names its agent in an agent column (`Agent | File | …`) rather than an
    /// owner cell: such a row defines an agent no section defines when it names one the way a
    /// heading would (`Agent 3`, `docs-agent`) and gives it paths.
    var inAgentColumn = false
    var line: Int
    var candidates: [ItemExtractor.Candidate] = []
    var access: Access = .write
    var waves: [Int] = []
    var branch: String?
    var explicitId: String?
    /// Another name the row gives the agent (`SME` in a `Track` column), tried when `agentRef` fails.
    var alias: String?
}
