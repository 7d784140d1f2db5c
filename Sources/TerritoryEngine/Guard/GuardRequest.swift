/// What a coding agent is about to do, as its tool's pre-edit hook says it: the tool, the paths
/// it writes, the shell commands or patches it runs, and the folder the agent works in. Each
/// tool's protocol is decoded by its front end; `init(toolName:input:workingDirectory:)` reads a
/// tool's JSON input the same way for all of them (see `ToolCatalog`).
public struct GuardRequest {
    public var toolName: String
    /// Paths the tool writes, as it names them (absolute, relative to `workingDirectory`, or `:/`
    /// from the repository root).
    public var paths: [String]
    /// Shell command lines the tool runs; their writes are read by `BashWrites`.
    public var commands: [String] = []
    /// Where the commands run, when the tool says so (absolute, or relative to
    /// `workingDirectory`).
    public var commandFolder: String?
    /// `apply_patch` envelopes the tool applies.
    public var patches: [String] = []
    public var workingDirectory: String?
    /// The subagent the tool reports making the call (Claude Code's `agent_type`): when it is an
    /// agent of the plan, the write is judged as that agent.
    public var agentName: String?
    /// The tool only reads: the guard lets it through without looking.
    public var isReadOnly: Bool

    public init(toolName: String, paths: [String], workingDirectory: String?) {
        self.toolName = toolName
        self.paths = paths
        self.workingDirectory = workingDirectory
        isReadOnly = ToolCatalog.readOnly.contains(toolName)
    }

    /// A tool call as hooks report it: the tool's name and its JSON arguments.
    public init(toolName: String, input: [String: Any], workingDirectory: String?) {
        self.init(toolName: toolName, paths: [], workingDirectory: workingDirectory)
        guard !isReadOnly else { return }
        if ToolCatalog.shells.contains(toolName) {
            commands = ToolCatalog.commandText(input["command"]).map { [$0] } ?? []
            commandFolder = ToolCatalog.folderKeys.lazy.compactMap { input[$0] as? String }.first { !$0.isEmpty }
        } else if ToolCatalog.patchers.contains(toolName) {
            patches = ["command", "input", "patch"].compactMap { input[$0] as? String }.prefix(1).map { $0 }
        } else {
            paths = ToolCatalog.paths(in: input)
        }
    }

    /// Nothing in the request names a write territory can judge.
    var namesNothing: Bool { paths.isEmpty && commands.isEmpty && patches.isEmpty }
}

/// The guard's answer: let the edit through, refuse it with a reason for the agent, or ask the
/// person at the keyboard (`--unknown-tool ask`, for writes territory cannot see).
public enum GuardVerdict: Equatable {
    case allow(note: String?)
    case deny(reason: String)
    case ask(reason: String)
}

/// What the guard does with a write it cannot see: a tool it does not know that names no path,
/// or a shell command whose target the text does not show.
public enum UnseenWritePolicy: String, CaseIterable, Sendable {
    case deny, ask
}
