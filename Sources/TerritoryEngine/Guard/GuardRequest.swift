/// What a coding agent is about to do, as its tool's pre-edit hook says it: the tool, the paths
/// it names, and the folder the agent works in. Each tool's protocol is decoded by its front end.
public struct GuardRequest {
    /// Tools that only read: the guard lets them through without looking.
    static let readOnlyTools: Set<String> = ["Read", "Glob", "Grep", "LS", "NotebookRead", "WebFetch", "WebSearch", "TodoWrite"]

    public var toolName: String
    public var paths: [String]
    public var workingDirectory: String?

    public init(toolName: String, paths: [String], workingDirectory: String?) {
        self.toolName = toolName
        self.paths = paths
        self.workingDirectory = workingDirectory
    }

    var isWrite: Bool { !Self.readOnlyTools.contains(toolName) }
}

/// The guard's answer: let the edit through, or refuse it with a reason for the agent.
public enum GuardVerdict: Equatable {
    case allow(note: String?)
    case deny(reason: String)
}
