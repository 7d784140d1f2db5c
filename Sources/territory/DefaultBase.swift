import TerritoryGit

/// The integration branch to measure agent branches against when `--base` is not given.
enum DefaultBase {
    static let candidates = ["main", "master", "origin/main", "origin/master", "origin/HEAD"]

    /// Like `resolve`, but nil instead of an error when nothing was asked for and no default
    /// branch exists yet (a server receiving its first push).
    static func resolveIfAny(_ explicit: String?, in repository: Repository) throws -> (name: String, commit: ObjectID)? {
        if explicit == nil, !candidates.contains(where: { repository.commitIfExists($0) != nil }) { return nil }
        return try resolve(explicit, in: repository)
    }

    static func resolve(_ explicit: String?, in repository: Repository) throws -> (name: String, commit: ObjectID) {
        if let explicit { return (explicit, try repository.resolveCommit(explicit)) }
        for name in candidates {
            if let commit = repository.commitIfExists(name) { return (name, commit) }
        }
        throw UserError(
            "no base branch: none of \(candidates.joined(separator: ", ")) exists",
            hint: "pass the integration branch with --base REF")
    }
}
