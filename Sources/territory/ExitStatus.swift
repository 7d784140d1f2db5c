/// The three outcomes every command ends in.
enum ExitStatus {
    /// Nothing blocking was found.
    static let clean: Int32 = 0
    /// A blocking finding.
    static let blocked: Int32 = 1
    /// Territory could not check: bad plan, bad ref, shallow clone, not a repository.
    static let couldNotCheck: Int32 = 2
}
