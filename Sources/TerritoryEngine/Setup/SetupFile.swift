/// One file a setup command would write, decided but not written: the engine never writes, the
/// front end does (or, with `--dry-run`, prints it).
public struct SetupFile: Sendable, Equatable {
    /// Relative to the repository's working tree root: `.claude/agents/api-agent.md`.
    public var path: String
    /// The whole text the file should hold.
    public var contents: String
    public var action: SetupAction

    public init(path: String, contents: String, action: SetupAction) {
        self.path = path
        self.contents = contents
        self.action = action
    }

    /// True when the front end has something to write.
    public var writes: Bool { action == .create || action == .replace || action == .merge }
}

/// What becomes of one file, and the word the front end prints for it.
public enum SetupAction: String, Sendable {
    /// No file there yet.
    case create
    /// A different file there, replaced because `--force` was given.
    case replace
    /// Territory's additions merged into the file there (settings), everything else kept.
    case merge
    /// The file there already says exactly this (or already holds the merged part).
    case unchanged
    /// A different file there, left alone (no `--force`).
    case kept
}
