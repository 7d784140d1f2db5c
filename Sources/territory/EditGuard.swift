import Foundation
import TerritoryGit
import TerritoryKit

/// Judges the paths an agent is about to write, as `check` would judge them once committed:
/// plan from HEAD's tree, identity from the flag, the environment, git config or the branch.
struct EditGuard {
    let planPath: String?
    let agent: String?
    let requireAgent: Bool

    func judge(_ request: GuardRequest, directory: String?) throws -> GuardVerdict {
        guard request.isWrite, !request.paths.isEmpty else { return .allow(note: nil) }
        let start = directory ?? request.workingDirectory
        let repository = try RepositoryOpener.open(start)
        guard let workdir = repository.workingDirectory, let head = try repository.headCommit() else {
            return .allow(note: "no commit or working tree yet, so no trusted plan to judge by")
        }
        let loader = PlanLoader(repository: repository, requested: planPath)
        guard let loaded = try loader.load(from: head, named: "HEAD") else {
            if planPath != nil { throw loader.missing(in: "HEAD") }
            return .allow(note: nil)
        }
        let identity = try IdentityResolver(plan: loaded.plan, repository: repository)
            .resolve(explicit: agent, branch: repository.currentBranch())
        guard let identity else {
            guard requireAgent else { return .allow(note: nil) }
            return .deny(reason: "territory: this worktree has no agent identity, and --require-agent is set. "
                + "Set TERRITORY_AGENT or `git config territory.agent ID` for the worktree.")
        }
        let tree = try repository.tree(ofCommit: head)
        let base = start ?? FileManager.default.currentDirectoryPath
        var changes: [ChangedPath] = []
        for path in request.paths {
            guard let relative = WorkingTreePath.relative(path, root: workdir, from: base) else { continue }
            let exists = try repository.blobID(at: relative, inTree: tree) != nil
            changes.append(ChangedPath(status: exists ? .modified : .added, path: relative))
        }
        let map = TerritoryMap(plan: loaded.plan)
        let findings = WaiverPolicy(loaded: loaded)
            .apply(Checker(map: map).check(AgentChange(agentID: identity.agentID, source: identity.source, changes: changes)))
            .filter { $0.severity == .error }
        guard !findings.isEmpty else { return .allow(note: nil) }
        return .deny(reason: GuardReason(plan: loaded.plan, agentID: identity.agentID).text(findings))
    }
}
