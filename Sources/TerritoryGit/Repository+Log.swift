import Clibgit2

/// Reading commit messages, where territory finds `Territory-Waiver:` trailers.
extension Repository {
    /// The id and message of every commit reachable from `head` but not from `start` (all of
    /// `head`'s history when `start` is nil), newest first. Capped, because a gate on a
    /// long-lived branch should not read years of history to find trailers.
    public func messages(from start: ObjectID?, to head: ObjectID, limit: Int = 10_000) throws(GitError) -> [(id: ObjectID, message: String)] {
        var walk: OpaquePointer?
        try check(git_revwalk_new(&walk, raw), "git_revwalk_new")
        defer { git_revwalk_free(walk) }
        var tip = head.raw
        try check(git_revwalk_push(walk, &tip), "git_revwalk_push")
        if let start {
            var hidden = start.raw
            try check(git_revwalk_hide(walk, &hidden), "git_revwalk_hide")
        }
        var result: [(id: ObjectID, message: String)] = []
        var next = git_oid()
        while result.count < limit, git_revwalk_next(&next, walk) == 0 {
            var commit: OpaquePointer?
            try check(git_commit_lookup(&commit, raw, &next), "git_commit_lookup")
            defer { git_commit_free(commit) }
            result.append((ObjectID(next), String(gitBytesOrNil: git_commit_message(commit)) ?? ""))
        }
        return result
    }
}
