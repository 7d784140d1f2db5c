import Clibgit2

/// One commit as the judges need it: its message (trailers: agent, waivers, approvals), who
/// wrote and who committed it (whether a waiver comes from a trusted author), and its parents
/// (merges are judged by what they bring in).
public struct CommitRecord: Hashable, Sendable {
    public var id: ObjectID
    public var message: String
    public var authorEmail: String
    public var committerEmail: String
    public var parents: [ObjectID]

    public init(id: ObjectID, message: String, authorEmail: String, committerEmail: String, parents: [ObjectID]) {
        self.id = id
        self.message = message
        self.authorEmail = authorEmail
        self.committerEmail = committerEmail
        self.parents = parents
    }

    /// The first line of the message.
    public var subject: String { String(message.prefix { $0 != "\n" }) }
}

/// Reading commits: their messages, authors and parents.
extension Repository {
    /// Every commit reachable from `head` but not from `start` (all of `head`'s history when
    /// `start` is nil), newest first, in topological order. Capped, because a gate on a
    /// long-lived branch should not read years of history to find trailers.
    public func commits(from start: ObjectID?, to head: ObjectID, limit: Int = 10_000) throws(GitError) -> [CommitRecord] {
        var walk: OpaquePointer?
        try check(git_revwalk_new(&walk, raw), "git_revwalk_new")
        defer { git_revwalk_free(walk) }
        try check(git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL.rawValue), "git_revwalk_sorting")
        var tip = head.raw
        try check(git_revwalk_push(walk, &tip), "git_revwalk_push")
        if let start {
            var hidden = start.raw
            try check(git_revwalk_hide(walk, &hidden), "git_revwalk_hide")
        }
        var result: [CommitRecord] = []
        var next = git_oid()
        while result.count < limit, git_revwalk_next(&next, walk) == 0 {
            result.append(try commit(ObjectID(next)))
        }
        return result
    }

    /// One commit by id.
    public func commit(_ id: ObjectID) throws(GitError) -> CommitRecord {
        var oid = id.raw
        var commit: OpaquePointer?
        try check(git_commit_lookup(&commit, raw, &oid), "git_commit_lookup")
        defer { git_commit_free(commit) }
        let parents = (0..<git_commit_parentcount(commit)).compactMap { index in
            git_commit_parent_id(commit, index).map { ObjectID($0.pointee) }
        }
        return CommitRecord(
            id: id, message: String(gitBytesOrNil: git_commit_message(commit)) ?? "",
            authorEmail: String(gitBytesOrNil: git_commit_author(commit)?.pointee.email) ?? "",
            committerEmail: String(gitBytesOrNil: git_commit_committer(commit)?.pointee.email) ?? "",
            parents: parents)
    }
}
