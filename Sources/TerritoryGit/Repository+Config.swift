import Clibgit2

/// Reading git configuration, where territory keeps per-clone settings (`territory.agent`).
extension Repository {
    /// The value of `key` from a snapshot of the repository's configuration (all levels), or
    /// nil when unset or unreadable. A snapshot keeps the value stable while it is copied.
    public func config(_ key: String) -> String? {
        var snapshot: OpaquePointer?
        guard git_repository_config_snapshot(&snapshot, raw) >= 0, let snapshot else { return nil }
        defer { git_config_free(snapshot) }
        var value: UnsafePointer<CChar>?
        let code = withCString(key) { git_config_get_string(&value, snapshot, $0) }
        guard code >= 0 else { return nil }
        return String(gitBytesOrNil: value)
    }
}
