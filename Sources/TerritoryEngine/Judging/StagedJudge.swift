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
        let branch = repository.currentBranch()
        let identity = try IdentityResolver(plan: loaded.plan, repository: repository, environment: engine.environment)
            .resolve(explicit: agent, branch: branch)
        let staged = try repository.stagedChanges()
        // Concluding a merge that stopped (conflicts, or a refused pre-merge-commit): what the
        // merge brings in is judged as the merged branch's agent, so that `git commit` is no way
        // around the merge hook; what is staged beyond it (an "evil merge") as this worktree's.
        if let merged = try MergedBranch.find(in: repository, environment: [:]) {
            return try judgeMerge(merged, head: head, trusted: trusted, identity: identity, branch: branch, staged: staged)
        }
        guard let identity else { return .unattributed("branch \(branch ?? "(detached HEAD)")") }
        var report = Report(
            command: "hook pre-commit", planFile: loaded.plan.file, planSource: loaded.source, base: nil, agents: [],
            findings: trusted.warning.map { [$0] } ?? [])
        try add(staged, as: identity, branch: branch, head: head, loaded: loaded, to: &report)
        if report.isBlocking { report.notes.append(Self.unstageCommand(report.findings)) }
        return .report(report)
    }

    /// Judges `staged` as `identity` and adds the agent and its findings to `report`.
    private func add(_ staged: [FileChange], as identity: AgentIdentity, branch: String?, head: ObjectID,
                     loaded: LoadedPlan, to report: inout Report) throws {
        let changes = staged.map(ChangedPath.init)
        let map = TerritoryMap(plan: loaded.plan)
        var found = Checker(map: map).check(AgentChange(agentID: identity.agentID, source: "staged changes", changes: changes))
        found = PlanLocator.withSecondPlans(found, changes: changes, plan: loaded.plan, agentID: identity.agentID)
        let texts = try StagedTexts(engine.repository, staged: staged, head: head)
        if let agent = loaded.plan.agent(named: identity.agentID) {
            found += try contractFindings(map, agent, changes, texts, contractsFrom: loaded.commit)
        }
        found = try ConfigPolicy(loaded.config).apply(found, agent: identity.agentID, changes: changes, base: texts.base, head: texts.head)
        report.findings += WaiverPolicy(loaded: loaded).apply(FindingPrecedence.strongest(found))
        report.agents.append(CheckedAgent(id: identity.agentID, branch: branch, mapping: identity.source, mergeBase: nil,
                                          changedPaths: changes.count))
    }

    /// A merge being concluded: the merged side as its agent (or, when no branch ties it to one,
    /// as this worktree's agent, who brings it in), and every staged path whose content is not the
    /// merged side's as this worktree's agent.
    private func judgeMerge(_ merged: MergedBranch, head: ObjectID, trusted: TrustedPlan, identity: AgentIdentity?,
                            branch: String?, staged: [FileChange]) throws -> HookOutcome {
        let repository = engine.repository
        // Bringing the base branch (or part of it) in is updating from integrated work: nothing
        // of the merged side to judge.
        let integrated = try trusted.base.map { base in
            try base.commit == merged.commit || repository.isDescendant(base.commit, of: merged.commit)
        } ?? false
        let outcome: HookOutcome = integrated
            ? .report(Report(command: "hook pre-commit", planFile: trusted.plan.file, planSource: trusted.loaded.source,
                             base: "HEAD", agents: [], findings: trusted.warning.map { [$0] } ?? [],
                             notes: ["the merged commit is already in \(trusted.base?.name ?? "the base"); only what is staged beyond it is judged"]))
            : try MergeJudge(repository: repository, trusted: trusted, agent: nil).judge(merged, head: head, command: "hook pre-commit")
        var report: Report
        switch outcome {
        case .report(let judged): report = judged
        case .skipped, .unattributed:
            // Work no branch ties to an agent is judged as the agent who brings it in.
            guard let identity else { return outcome }
            let start = try repository.mergeBase(head, merged.commit)
            let (checked, findings) = try RangeJudge(repository: repository, loaded: trusted.loaded)
                .judge(identity, branch: merged.name, from: start, to: merged.commit)
            report = Report(command: "hook pre-commit", planFile: trusted.plan.file, planSource: trusted.loaded.source,
                            base: "HEAD", agents: [checked], findings: findings + (trusted.warning.map { [$0] } ?? []))
        }
        let theirs = try repository.tree(ofCommit: merged.commit)
        let beyond = try staged.filter { change in
            change.newID == nil ? try repository.blobID(at: change.path, inTree: theirs) != nil
                : try repository.blobID(at: change.path, inTree: theirs) != change.newID
        }
        if !beyond.isEmpty, let identity {
            var extra = Report(command: report.command, planFile: report.planFile, planSource: report.planSource, base: nil, agents: [], findings: [])
            try add(beyond, as: identity, branch: branch, head: head, loaded: trusted.loaded, to: &extra)
            report.agents += extra.agents.map { agent in
                var labelled = agent
                labelled.mapping += "; staged beyond the merge result"
                return labelled
            }
            report.findings += extra.findings
        } else if !beyond.isEmpty {
            report.notes.append("\(beyond.count) staged path(s) differ from the merged branch, and this worktree has no agent to judge them as")
        }
        if report.isBlocking, !report.notes.contains(where: { $0.hasPrefix("merge blocked") }) {
            report.notes.append("merge blocked; to abandon it: git merge --abort")
        }
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
        return "commit blocked; to take these paths out of it: git restore --staged -- " + paths.map(ShellQuote.quote).joined(separator: " ")
            + " (after `git commit -a`, commit again without -a)"
    }


    /// Contract rules on the staged change: HEAD's text against the staged blob's text.
    /// The contracts are read with the plan, from the trusted tree; the texts compared are HEAD's
    /// and the index's.
    private func contractFindings(_ map: TerritoryMap, _ agent: Agent, _ changes: [ChangedPath], _ texts: StagedTexts,
                                  contractsFrom trustedCommit: ObjectID) throws -> [Finding] {
        let repository = engine.repository
        let contracts = try ContractCheck(repository: repository, map: map, tree: try repository.tree(ofCommit: trustedCommit))
        guard !contracts.contracts.isEmpty else { return [] }
        return try contracts.findings(agent: agent, changes: changes, trailers: [], base: texts.base, head: texts.head)
    }
}

/// A staged change's two sides as text, for the rules that read contents (contracts, shared
/// append-only paths): HEAD's file, and the index's — HEAD's again for a path not staged.
struct StagedTexts {
    let base: (String) throws -> String?
    let head: (String) throws -> String?

    init(_ repository: Repository, staged: [FileChange], head: ObjectID) throws {
        let tree = try repository.tree(ofCommit: head)
        let stagedIDs = Dictionary(staged.map { ($0.path, $0.newID) }, uniquingKeysWith: { first, _ in first })
        func text(_ bytes: [UInt8]?) -> String? { bytes.map { String(decoding: $0, as: UTF8.self) } }
        base = { path in text(try repository.blob(at: path, inTree: tree)) }
        self.head = { path in
            guard let entry = stagedIDs[path] else { return text(try repository.blob(at: path, inTree: tree)) }
            return try entry.flatMap { id in text(try repository.blob(id: id)) }
        }
    }
}
