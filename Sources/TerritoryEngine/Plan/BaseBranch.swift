import TerritoryGit

/// The integration branch agent branches are measured against, and whose tip holds the trusted
/// plan: `--base`, else `git config territory.base`, else the first of `main`, `master`,
/// `origin/main`, `origin/master`, `origin/HEAD` that exists — or the `base:` its
/// `.territory.yml` names.
struct BaseBranch {
    static let candidates = ["main", "master", "origin/main", "origin/master", "origin/HEAD"]

    var name: String
    var commit: ObjectID

    /// `main@1a2b3c4`, as reports print it.
    var label: String { "\(name)@\(String(commit.description.prefix(7)))" }

    static let configKey = "territory.base"

    static func resolve(_ explicit: String?, in repository: Repository) throws -> BaseBranch {
        if let named = explicit ?? configured(repository) { return BaseBranch(name: named, commit: try repository.resolveCommit(named)) }
        for name in candidates {
            guard let commit = repository.commitIfExists(name) else { continue }
            // The default branch's `.territory.yml` may name another integration branch.
            if let named = try PlanLoader.config(in: try repository.tree(ofCommit: commit), of: repository, named: name).base,
               named != name {
                return BaseBranch(name: named, commit: try repository.resolveCommit(named))
            }
            return BaseBranch(name: name, commit: commit)
        }
        if try repository.headCommit() == nil {
            throw UserError("this repository has no commits yet, so there is no base branch to read the plan from",
                            hint: "commit the plan to the integration branch (main) first")
        }
        throw UserError(
            "no base branch: none of \(candidates.joined(separator: ", ")) exists",
            hint: "pass the integration branch with --base REF, or set it once with `git config territory.base REF`")
    }

    /// Like `resolve`, but nil instead of an error when nothing was asked for and no default
    /// branch exists yet (a server receiving its first push).
    static func resolveIfAny(_ explicit: String?, in repository: Repository) throws -> BaseBranch? {
        if explicit == nil, configured(repository) == nil, !candidates.contains(where: { repository.commitIfExists($0) != nil }) {
            return nil
        }
        return try resolve(explicit, in: repository)
    }

    private static func configured(_ repository: Repository) -> String? {
        guard let value = repository.config(configKey), !value.isEmpty else { return nil }
        return value
    }
}
