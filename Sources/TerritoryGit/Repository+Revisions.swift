import Clibgit2

/// Turning names (branches, tags, shas, `HEAD~2`, `origin/main`) into commits and trees.
extension Repository {
    /// Peels any revision to a commit. An unknown name throws with a hint on how to find or
    /// fetch it, because a missing branch in CI is usually a branch that was never fetched.
    public func resolveCommit(_ revision: String) throws(GitError) -> ObjectID {
        var object: OpaquePointer?
        let code = withCString(revision) { git_revparse_single(&object, raw, $0) }
        guard code >= 0, let object else {
            let known = code == GIT_ENOTFOUND.rawValue || code == GIT_EINVALIDSPEC.rawValue
                || code == GIT_EAMBIGUOUS.rawValue
            var error = GitError.last("git_revparse_single", code, hint: known ? GitError.unknownRevisionHint(revision) : nil)
            if known, (try? headCommit()) == nil, (try? branches())?.isEmpty ?? false {
                error.message = "this repository has no commits yet, so `\(revision)` names nothing"
                error.hint = "commit the plan first: territory reads plans and changes from git's history, never from the working tree"
            }
            throw error
        }
        defer { git_object_free(object) }
        var commit: OpaquePointer?
        let peeled = git_object_peel(&commit, object, GIT_OBJECT_COMMIT)
        guard peeled >= 0, let commit else {
            throw GitError.last("git_object_peel", peeled, hint: "`\(revision)` does not name a commit")
        }
        defer { git_object_free(commit) }
        return ObjectID(git_object_id(commit))
    }

    /// nil when the revision does not exist: used to probe for default branches without errors.
    public func commitIfExists(_ revision: String) -> ObjectID? {
        try? resolveCommit(revision)
    }

    /// The root tree of a commit.
    public func tree(ofCommit commit: ObjectID) throws(GitError) -> ObjectID {
        var id = commit.raw
        var handle: OpaquePointer?
        try check(git_commit_lookup(&handle, raw, &id), "git_commit_lookup")
        defer { git_commit_free(handle) }
        return ObjectID(git_commit_tree_id(handle))
    }

    /// The commit HEAD points at; nil when HEAD is unborn (a new repository before its first commit).
    public func headCommit() throws(GitError) -> ObjectID? {
        var reference: OpaquePointer?
        let code = git_repository_head(&reference, raw)
        if code == GIT_EUNBORNBRANCH.rawValue || code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "git_repository_head")
        defer { git_reference_free(reference) }
        var commit: OpaquePointer?
        try check(git_reference_peel(&commit, reference, GIT_OBJECT_COMMIT), "git_reference_peel")
        defer { git_object_free(commit) }
        return ObjectID(git_object_id(commit))
    }

    /// The short name of the branch HEAD points at ("agent/x"), also when it is unborn; nil when
    /// HEAD is detached. Reads the symbolic HEAD itself, so an unborn branch still has a name.
    public func currentBranch() -> String? {
        var head: OpaquePointer?
        guard git_reference_lookup(&head, raw, "HEAD") >= 0, let head else { return nil }
        defer { git_reference_free(head) }
        guard git_reference_type(head) == GIT_REFERENCE_SYMBOLIC,
              let target = String(gitBytesOrNil: git_reference_symbolic_target(head))
        else { return nil }
        let prefix = "refs/heads/"
        guard target.hasPrefix(prefix) else { return nil }
        return String(target.dropFirst(prefix.count))
    }
}
