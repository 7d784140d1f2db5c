import TerritoryGit
import TerritoryKit

/// Judges the paths an agent is about to write, as `check` would judge them once committed:
/// plan from HEAD's tree, identity from the flag, the environment, git config or the branch.
public struct EditGuard {
    let planPath: String?
    let agent: String?
    let requireAgent: Bool
    let environment: [String: String]

    public init(planPath: String?, agent: String?, requireAgent: Bool, environment: [String: String]) {
        self.planPath = planPath
        self.agent = agent
        self.requireAgent = requireAgent
        self.environment = environment
    }

    /// `directory` (`-C`) overrides the agent's folder; `currentDirectory` is where the guard
    /// runs, for paths that name neither.
    public func judge(_ request: GuardRequest, directory: String?, currentDirectory: String) throws -> GuardVerdict {
        guard request.isWrite, !request.paths.isEmpty else { return .allow(note: nil) }
        let start = directory ?? request.workingDirectory
        let repository = try Engine.openRepository(start)
        guard let workdir = repository.workingDirectory, let head = try repository.headCommit() else {
            return .allow(note: "no commit or working tree yet, so no trusted plan to judge by")
        }
        let loader = PlanLoader(repository: repository, requested: planPath)
        guard let loaded = try loader.load(from: head, named: "HEAD") else {
            if planPath != nil { throw loader.missing(in: "HEAD") }
            return .allow(note: nil)
        }
        let identity = try IdentityResolver(plan: loaded.plan, repository: repository, environment: environment)
            .resolve(explicit: agent, branch: repository.currentBranch())
        guard let identity else {
            guard requireAgent else { return .allow(note: nil) }
            return .deny(reason: "territory: this worktree has no agent identity, and --require-agent is set. "
                + "Set TERRITORY_AGENT or `git config territory.agent ID` for the worktree.")
        }
        let tree = try repository.tree(ofCommit: head)
        let folder = start ?? currentDirectory
        var changes: [ChangedPath] = []
        for path in request.paths {
            guard let relative = RepositoryPath.relative(path, root: workdir, from: folder), !relative.isEmpty else { continue }
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

/// The text a refused agent reads: what it may not write, whose it is, the plan line, the fix,
/// and where its own territory is, so that its next attempt can land there.
struct GuardReason {
    let plan: Plan
    let agentID: String

    func text(_ findings: [Finding]) -> String {
        var lines = ["territory: \(agentID) may not write \(findings.count == 1 ? "this file" : "these files"):"]
        for finding in findings {
            var line = "- \(finding.path) [\(finding.rule)]: \(finding.message)"
            if let location = finding.plan { line += " (plan \(location))" }
            lines.append(line)
            lines.append("  fix: \(finding.hint)")
        }
        if let agent = plan.agent(named: agentID) {
            let own = agent.entries(.write).map(\.pattern).prefix(12)
            if !own.isEmpty { lines.append("Your territory: " + own.map { "`\($0)`" }.joined(separator: ", ")) }
        }
        return lines.joined(separator: "\n")
    }
}
