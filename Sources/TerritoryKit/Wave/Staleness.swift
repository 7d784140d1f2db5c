/// What the git layer found about where one agent's branch starts, as plain values.
public struct Staleness: Sendable, Hashable {
    public var agent: String
    public var branch: String
    /// Commits on the base the branch does not contain.
    public var behindBase: Int
    /// Agents of the previous wave whose branch tip the branch does not contain.
    public var missingPreviousWave: [String]
    /// Agents of the same wave whose branch this one forked from.
    public var forkedFrom: [String]

    public init(agent: String, branch: String, behindBase: Int, missingPreviousWave: [String] = [], forkedFrom: [String] = []) {
        self.agent = agent
        self.branch = branch
        self.behindBase = behindBase
        self.missingPreviousWave = missingPreviousWave
        self.forkedFrom = forkedFrom
    }

    /// The `stale-base` findings: one per reason, on the branch itself (path is the branch name).
    public func findings(base: String, wave: Int) -> [Finding] {
        let rule = WaveRules.staleBase
        func finding(_ message: String, _ hint: String) -> Finding {
            Finding(rule: rule.id, severity: rule.defaultSeverity, agent: agent, path: branch,
                    message: message, plan: nil, hint: hint)
        }
        var findings: [Finding] = []
        if behindBase > 0 {
            let commits = behindBase == 1 ? "1 commit" : "\(behindBase) commits"
            findings.append(finding("\(branch) does not contain \(base)'s current tip: \(commits) behind",
                                    "rebase it: `git rebase \(base) \(branch)`"))
        }
        if !missingPreviousWave.isEmpty {
            findings.append(finding(
                "\(branch) does not contain the integration of wave \(wave - 1): missing the branch of "
                    + missingPreviousWave.joined(separator: ", "),
                "merge wave \(wave - 1) into \(base) first, then rebase \(branch) onto it"))
        }
        for other in forkedFrom {
            findings.append(finding(
                "\(branch) forked from \(other)'s branch, not from \(base): it carries \(other)'s changes into its own merge",
                "rebase only its own commits onto the base: `git rebase --onto \(base) <\(other)'s branch> \(branch)`"))
        }
        return findings
    }
}
