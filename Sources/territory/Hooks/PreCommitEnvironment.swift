import TerritoryEngine
import TerritoryGit

/// What the pre-commit framework (https://pre-commit.com) tells the hooks it runs.
///
/// Read from its source (`pre_commit/commands/run.py` and `hook_impl.py`, 3.2 to 4.x): every
/// hook it runs gets `PRE_COMMIT=1`; `run --from-ref X --to-ref Y` adds `PRE_COMMIT_FROM_REF`
/// and `PRE_COMMIT_TO_REF`; a git pre-push adds `PRE_COMMIT_LOCAL_BRANCH` and
/// `PRE_COMMIT_REMOTE_BRANCH` (full ref names) for the first pushed branch that has new commits,
/// with `FROM_REF` the remote's old tip (or the parent of the first commit the remote lacks) and
/// `TO_REF` the local tip — or no refs at all when that branch holds a root commit. Standard
/// input is an empty pipe: the framework has read git's ref lines itself. `run --all-files`
/// sets nothing more than `PRE_COMMIT=1`.
struct PreCommitEnvironment {
    var fromRef: String?
    var toRef: String?
    var localBranch: String?
    var remoteBranch: String?

    /// nil when the process was not started by the framework.
    init?(_ environment: [String: String]) {
        guard environment["PRE_COMMIT"] == "1" else { return nil }
        func value(_ key: String) -> String? { environment[key].flatMap { $0.isEmpty ? nil : $0 } }
        fromRef = value("PRE_COMMIT_FROM_REF")
        toRef = value("PRE_COMMIT_TO_REF")
        localBranch = value("PRE_COMMIT_LOCAL_BRANCH")
        remoteBranch = value("PRE_COMMIT_REMOTE_BRANCH")
    }

    /// A git push is being judged (the framework names the pushed branch).
    var isPush: Bool { remoteBranch != nil }

    /// `run --from-ref X --to-ref Y`, outside a push.
    var range: (from: String, to: String)? {
        guard !isPush, let fromRef, let toRef else { return nil }
        return (fromRef, toRef)
    }

    /// The pushed branch as the engine takes it, like a line of git's pre-push input. Without a
    /// pushed branch (`pre-commit run --hook-stage pre-push` by hand), the current branch, from
    /// `--from-ref` when given, else as a new branch (judged from where it left the base).
    func pushedRef(in repository: Repository) throws -> RefUpdate {
        if let remoteBranch {
            return RefUpdate(ref: remoteBranch, old: fromRef ?? RefUpdate.zero, new: toRef ?? localBranch ?? remoteBranch)
        }
        guard let branch = repository.currentBranch() else {
            throw UserError("the pre-commit framework named no pushed branch, and HEAD is detached",
                            hint: "check out the branch to judge, or run `territory gate --base REF` instead")
        }
        return RefUpdate(ref: "refs/heads/" + branch, old: fromRef ?? RefUpdate.zero, new: toRef ?? "HEAD")
    }
}
