import Foundation
import TerritoryGit
import TerritoryKit

/// Judges what a merge brings into HEAD: the merged branch as its agent, with the branch's
/// changes since its merge base with HEAD. Used by pre-merge-commit, and by pre-commit when it
/// concludes a merge that had stopped.
struct MergeJudge {
    let repository: Repository
    let trusted: TrustedPlan
    /// `--agent`: who the merged work is judged as, when the branch does not say.
    let agent: String?

    var loaded: LoadedPlan { trusted.loaded }

    func judge(_ merged: MergedBranch, head: ObjectID, command: String) throws -> HookOutcome {
        // The merging user's TERRITORY_AGENT says who merges, not whose work comes in: only the
        // flag and the merged branch's name count.
        guard let identity = try IdentityResolver(plan: loaded.plan, repository: repository, environment: [:])
            .resolve(explicit: agent, branch: merged.bareName) else {
            return .unattributed("the merged branch \(merged.name ?? String(merged.commit.description.prefix(7)))")
        }
        let start = try repository.mergeBase(head, merged.commit)
        let (checked, findings) = try RangeJudge(repository: repository, loaded: loaded)
            .judge(identity, branch: merged.name, from: start, to: merged.commit)
        var report = Report(command: command, planFile: loaded.plan.file, planSource: loaded.source,
                            base: "HEAD", agents: [checked], findings: findings + (trusted.warning.map { [$0] } ?? []))
        if report.isBlocking { report.notes.append("merge blocked; to abandon it: git merge --abort") }
        return .report(report)
    }
}

/// The branch a merge brings in. During pre-merge-commit git has written neither MERGE_HEAD nor
/// MERGE_MSG yet; it names the merge in GIT_REFLOG_ACTION (`merge agent/api`). When a merge that
/// stopped is concluded with `git commit`, MERGE_HEAD names it.
struct MergedBranch {
    var commit: ObjectID
    /// The branch name as typed or found (`agent/api`, `origin/agent/api`), if any.
    var name: String?
    /// The name without a remote prefix, for tying it to an agent.
    var bareName: String?

    static func find(in repository: Repository, environment: [String: String]) throws -> MergedBranch? {
        if let action = environment["GIT_REFLOG_ACTION"], action.hasPrefix("merge ") {
            let arguments = action.split(separator: " ").dropFirst().filter { !$0.hasPrefix("-") }
            for argument in arguments.reversed() {
                if let commit = repository.commitIfExists(String(argument)) {
                    return try named(commit, typed: String(argument), in: repository)
                }
            }
        }
        guard let id = mergeHead(repository) else { return nil }
        // A MERGE_HEAD that names no commit was not written by git: fail closed.
        guard id.count == 40, id.allSatisfy(\.isHexDigit), let commit = repository.commitIfExists(id) else {
            throw UserError("MERGE_HEAD names `\(id.prefix(60))`, which is not a commit of this repository",
                            hint: "conclude or abort the merge with git (`git merge --abort`); territory does not judge a merge it cannot see")
        }
        return try named(commit, typed: nil, in: repository)
    }

    /// Prefers the name the user typed; else the local (then remote) branch whose tip it is.
    private static func named(_ commit: ObjectID, typed: String?, in repository: Repository) throws -> MergedBranch {
        let branches = try repository.branches().filter { $0.target == commit }
        let typedBranch = typed.flatMap { name in branches.first { $0.name == name } }
        guard let branch = typedBranch ?? branches.min(by: { !$0.isRemote && $1.isRemote }) else {
            return MergedBranch(commit: commit, name: typed, bareName: typed)
        }
        return MergedBranch(commit: commit, name: branch.name, bareName: BranchMatcher.withoutRemote(branch.name, isRemote: branch.isRemote))
    }

    /// The first line of MERGE_HEAD, nil when there is no such file; "" when it is empty.
    private static func mergeHead(_ repository: Repository) -> String? {
        let url = URL(fileURLWithPath: repository.gitDirectory).appendingPathComponent("MERGE_HEAD")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data = (try? Data(contentsOf: url)) ?? Data()
        let text = String(decoding: data, as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    }
}
