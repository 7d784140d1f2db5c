import TerritoryGit
import TerritoryKit

/// Builds `territory status` from the wave check: one `check --wave` (or `--all-waves`) report,
/// read agent by agent. No rule of its own: readiness is what the report's findings say.
struct WaveStatusBuilder {
    let repository: Repository
    let planPath: String?

    func status(base requested: String?, wave: Int?) throws -> StatusReport {
        let setup = try SetupPlan(repository: repository, planPath: planPath, base: requested, wave: wave)
        let waves = wave.map { [$0] } ?? Array(Set(setup.plan.agents.flatMap(\.waves))).sorted()
        guard !waves.isEmpty else {
            throw UserError("no agent of \(setup.plan.file) has a wave, and status reports waves",
                            hint: "give agents a `**Wave**:` field; `territory check` judges agents without waves")
        }
        let report = try WaveCheck(repository: repository, planPath: planPath).run(base: setup.base.name, wave: wave)
        var result: [WaveStatus] = []
        for number in waves {
            let members = setup.plan.agents.filter { $0.waves.contains(number) }
            let agents = try members.map { try agentStatus($0, report: report, base: setup.base) }
            let notes = report.notes.filter { $0.hasPrefix("wave \(number):") }
            result.append(WaveStatus(wave: number, agents: agents, notes: notes))
        }
        return StatusReport(planFile: setup.plan.file, planSource: setup.loaded.source, base: setup.base.label, waves: result)
    }

    private func agentStatus(_ agent: Agent, report: Report, base: BaseBranch) throws -> AgentStatus {
        let checked = report.agents.first { $0.id == agent.id }
        let findings = report.findings.filter { $0.agent == agent.id }
        var commits = 0, behind = 0
        if let branch = checked?.branch, let tip = repository.commitIfExists(branch) {
            (commits, behind) = try repository.aheadBehind(tip, base.commit)
        }
        let conflicts = report.findings.filter { $0.rule == WaveRules.mergeConflict.id && $0.severity == .error }
        var partners: [String] = []
        for conflict in conflicts {
            let partner = conflict.agent == agent.id ? conflict.otherAgent : conflict.otherAgent == agent.id ? conflict.agent : nil
            if let partner, !partners.contains(partner) { partners.append(partner) }
        }
        return AgentStatus(
            id: agent.id, name: agent.name, branch: checked?.branch, mapping: checked?.mapping, mergeBase: checked?.mergeBase,
            commits: commits, behind: behind, changedPaths: checked?.changedPaths ?? 0, findings: findings,
            readiness: Self.readiness(findings, conflicting: !partners.isEmpty), conflictsWith: partners.sorted())
    }

    /// The furthest-from-mergeable state the agent's findings show; `conflicting` when a merge
    /// conflict is predicted between its branch and another's, whichever of the two the finding names.
    static func readiness(_ findings: [Finding], conflicting: Bool) -> Readiness {
        let rules = Set(findings.map(\.rule))
        if rules.contains(WaveRules.missingBranch.id) || rules.contains(WaveRules.noChanges.id) { return .notStarted }
        let errors = findings.filter { $0.severity == .error }
        if errors.contains(where: { $0.rule != WaveRules.mergeConflict.id }) { return .blocked }
        if conflicting || !errors.isEmpty { return .conflicts }
        if rules.contains(WaveRules.staleBase.id) { return .staleBase }
        return .ready
    }
}
