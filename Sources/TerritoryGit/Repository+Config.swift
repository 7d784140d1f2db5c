import Clibgit2

/// Reading git configuration, where territory keeps per-clone settings (`territory.agent`).
extension Repository {
    /// The value of `key` from a snapshot of the repository's configuration (all levels), or
    /// nil when unset or unreadable. A snapshot keeps the value stable while it is copied.
    ///
    /// The worktree's own `config.worktree` (`git config --worktree`) wins: libgit2 1.5.1 does
    /// not read it, yet it is where each linked worktree of one repository keeps its agent.
    public func config(_ key: String) -> String? {
        if let own = worktreeConfig(key) { return own }
        var snapshot: OpaquePointer?
        guard git_repository_config_snapshot(&snapshot, raw) >= 0, let snapshot else { return nil }
        defer { git_config_free(snapshot) }
        var value: UnsafePointer<CChar>?
        let code = withCString(key) { git_config_get_string(&value, snapshot, $0) }
        guard code >= 0 else { return nil }
        return String(gitBytesOrNil: value)
    }

    /// The value of `key` in this worktree's `config.worktree`, if that file exists and sets it.
    /// The file is opened as a live config, on which libgit2 refuses `git_config_get_string`; a
    /// snapshot of it answers.
    func worktreeConfig(_ key: String) -> String? {
        var live: OpaquePointer?
        let path = gitDirectory + "/config.worktree"
        let opened = withCString(path) { git_config_open_ondisk(&live, $0) }
        guard opened >= 0, let live else { return nil }
        defer { git_config_free(live) }
        var snapshot: OpaquePointer?
        guard git_config_snapshot(&snapshot, live) >= 0, let snapshot else { return nil }
        defer { git_config_free(snapshot) }
        var value: UnsafePointer<CChar>?
        let code = withCString(key) { git_config_get_string(&value, snapshot, $0) }
        guard code >= 0 else { return nil }
        return String(gitBytesOrNil: value)
    }
}
