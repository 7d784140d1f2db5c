import Clibgit2

/// Listing branches, so territory can find agent branches without the user naming each one.
extension Repository {
    /// Local branches, and remote-tracking ones unless `includeRemote` is false, sorted by name
    /// (local before remote on a tie). Symbolic refs such as `origin/HEAD` are skipped: they
    /// are aliases, not branches.
    public func branches(includeRemote: Bool = true) throws(GitError) -> [Branch] {
        var iterator: OpaquePointer?
        let kind = includeRemote ? GIT_BRANCH_ALL : GIT_BRANCH_LOCAL
        try check(git_branch_iterator_new(&iterator, raw, kind), "git_branch_iterator_new")
        defer { git_branch_iterator_free(iterator) }
        var result: [Branch] = []
        while true {
            var reference: OpaquePointer?
            var type = GIT_BRANCH_LOCAL
            let code = git_branch_next(&reference, &type, iterator)
            if code == GIT_ITEROVER.rawValue { break }
            try check(code, "git_branch_next")
            defer { git_reference_free(reference) }
            guard git_reference_type(reference) == GIT_REFERENCE_DIRECT,
                  let target = git_reference_target(reference)
            else { continue }
            var name: UnsafePointer<CChar>?
            try check(git_branch_name(&name, reference), "git_branch_name")
            guard let name else { continue }
            result.append(Branch(name: String(gitBytes: name), isRemote: type == GIT_BRANCH_REMOTE, target: ObjectID(target)))
        }
        return result.sorted { lhs, rhs in
            lhs.name == rhs.name ? !lhs.isRemote && rhs.isRemote : lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8)
        }
    }
}

/// A branch as a plain value. `name` is the short name: "agent/api" for a local branch,
/// "origin/agent/api" for a remote-tracking one.
public struct Branch: Hashable, Sendable {
    public var name: String
    public var isRemote: Bool
    /// The commit the branch points at.
    public var target: ObjectID

    public init(name: String, isRemote: Bool, target: ObjectID) {
        self.name = name
        self.isRemote = isRemote
        self.target = target
    }
}
