import Clibgit2

/// Questions about the commit graph. libgit2 1.5 knows nothing of shallow boundaries: a walk
/// that reaches one fails with "object not found", so failures in a shallow clone carry the
/// hint to fetch more history.
extension Repository {
    /// The best common ancestor, or nil when the commits share no history. In a shallow
    /// repository a missing merge base is an error: the history was probably not fetched.
    public func mergeBase(_ a: ObjectID, _ b: ObjectID) throws(GitError) -> ObjectID? {
        var left = a.raw, right = b.raw, base = git_oid()
        let code = git_merge_base(&base, raw, &left, &right)
        if code >= 0 { return ObjectID(base) }
        if isShallow { throw GitError.last("git_merge_base", code, hint: GitError.shallowHint) }
        if code == GIT_ENOTFOUND.rawValue { return nil }
        throw GitError.last("git_merge_base", code)
    }

    /// Whether `ancestor` is reachable from `commit`. A commit is not its own descendant.
    public func isDescendant(_ commit: ObjectID, of ancestor: ObjectID) throws(GitError) -> Bool {
        var descendant = commit.raw, base = ancestor.raw
        let code = git_graph_descendant_of(raw, &descendant, &base)
        try check(code, "git_graph_descendant_of", hint: isShallow ? GitError.shallowHint : nil)
        return code == 1
    }

    /// How many commits `local` has that `upstream` lacks, and the reverse.
    public func aheadBehind(_ local: ObjectID, _ upstream: ObjectID) throws(GitError) -> (ahead: Int, behind: Int) {
        var ahead = 0, behind = 0
        var mine = local.raw, theirs = upstream.raw
        let code = git_graph_ahead_behind(&ahead, &behind, raw, &mine, &theirs)
        try check(code, "git_graph_ahead_behind", hint: isShallow ? GitError.shallowHint : nil)
        return (ahead, behind)
    }
}
