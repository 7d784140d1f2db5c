import TerritoryGit
import TerritoryKit

/// pre-commit: the staged changes (HEAD's tree against the index git hands the hook: `git commit
/// -a` and `git commit PATHS` use a temporary one), judged as the worktree's agent by the plan on
/// the base branch tip (HEAD's only where the base has none, with `plan-untrusted`).
struct StagedJudge {
    let engine: Engine

    func judge(agent: String?, base: String?) throws -> HookOutcome {
        let repository = engine.repository
        guard let head = try repository.headCommit() else { return .skipped("first commit: no trusted plan yet, not checked") }
        guard let trusted = try engine.trustedPlan(base: base, fallback: (head, "HEAD")) else {
            return .skipped("no plan in the base branch or HEAD, not checked")
        }
        let loaded = trusted.loaded
        // Concluding a merge that stopped (conflicts, or a refused pre-merge-commit): judge what
        // the merge brings in, so that `git commit` is no way around the merge hook.
        if let merged = try MergedBranch.find(in: repository, environment: [:]) {
            return try MergeJudge(repository: repository, trusted: trusted, agent: agent).judge(merged, head: head, command: "hook pre-commit")
        }
        let branch = repository.currentBranch()
        guard let identity = try IdentityResolver(plan: loaded.plan, repository: repository, environment: engine.environment)
            .resolve(explicit: agent, branch: branch) else {
            return .unattributed("branch \(branch ?? "(detached HEAD)")")
        }
        let staged = try repository.stagedChanges()
        let changes = staged.map(ChangedPath.init)
        let map = TerritoryMap(plan: loaded.plan)
        var found = Checker(map: map).check(AgentChange(agentID: identity.agentID, source: "staged changes", changes: changes))
        found = PlanLocator.withSecondPlans(found, changes: changes, plan: loaded.plan, agentID: identity.agentID)
        if let agent = loaded.plan.agent(named: identity.agentID) {
            found += try contractFindings(map, agent, staged, head: head, contractsFrom: loaded.commit)
        }
        let findings = WaiverPolicy(loaded: loaded).apply(found) + (trusted.warning.map { [$0] } ?? [])
        var report = Report(
            command: "hook pre-commit", planFile: loaded.plan.file, planSource: loaded.source, base: nil,
            agents: [CheckedAgent(id: identity.agentID, branch: branch, mapping: identity.source, mergeBase: nil, changedPaths: changes.count)],
            findings: findings)
        if report.isBlocking { report.notes.append(Self.unstageCommand(report.findings)) }
        return .report(report)
    }

    /// The exact command that takes the crossing paths out of the commit.
    static func unstageCommand(_ findings: [Finding]) -> String {
        var paths: [String] = []
        for finding in findings where finding.severity == .error {
            for path in [finding.rename?.from, finding.path, finding.rename?.to].compactMap({ $0 }) where !paths.contains(path) {
                paths.append(path)
            }
        }
        return "commit blocked; to take these paths out of it: git restore --staged -- " + paths.map(shellQuote).joined(separator: " ")
            + " (after `git commit -a`, commit again without -a)"
    }

    /// Quotes a path for a command line the user will copy: bare when it is plainly safe, in
    /// single quotes otherwise.
    static func shellQuote(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "/._-+@:,=".unicodeScalars.contains(scalar))
        }
        if safe, !word.isEmpty { return word }
        return "'" + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    /// Contract rules on the staged change: HEAD's text against the staged blob's text.
    /// The contracts are read with the plan, from the trusted tree; the texts compared are HEAD's
    /// and the index's.
    private func contractFindings(_ map: TerritoryMap, _ agent: Agent, _ staged: [FileChange], head: ObjectID,
                                  contractsFrom trustedCommit: ObjectID) throws -> [Finding] {
        let repository = engine.repository
        let tree = try repository.tree(ofCommit: head)
        let contracts = try ContractCheck(repository: repository, map: map, tree: try repository.tree(ofCommit: trustedCommit))
        guard !contracts.contracts.isEmpty else { return [] }
        let stagedIDs = Dictionary(staged.map { ($0.path, $0.newID) }, uniquingKeysWith: { first, _ in first })
        func text(_ bytes: [UInt8]?) -> String? { bytes.map { String(decoding: $0, as: UTF8.self) } }
        return try contracts.findings(
            agent: agent, changes: staged.map(ChangedPath.init), trailers: [],
            base: { path in text(try repository.blob(at: path, inTree: tree)) },
            head: { path in
                guard let entry = stagedIDs[path] else { return text(try repository.blob(at: path, inTree: tree)) }
                return try entry.flatMap { id in text(try repository.blob(id: id)) }
            })
    }
}
