import TerritoryKit

/// Writes a hook's report and turns it into the hook's exit status: 1 blocks the commit, merge
/// or push; 0 lets it through. A change of no agent passes with one line saying why, unless
/// `--require-agent` asks for an identity.
struct HookVerdict {
    let global: GlobalOptions
    let requireAgent: Bool

    func notAnAgent(_ what: String) -> Int32 {
        if requireAgent {
            FileOutput.standardError("territory: \(what) belongs to no agent, and --require-agent is set; "
                + "set TERRITORY_AGENT or `git config --worktree territory.agent ID`\n")
            return ExitStatus.blocked
        }
        if !global.quiet { FileOutput.standardError("territory: \(what) belongs to no agent; not checked\n") }
        return ExitStatus.clean
    }

    func pass(_ note: String) -> Int32 {
        if !global.quiet { FileOutput.standardError("territory: \(note)\n") }
        return ExitStatus.clean
    }

    func finish(_ report: Report) throws -> Int32 {
        if report.isBlocking || !global.quiet { try ReportWriter(options: global).write(report) }
        return report.isBlocking ? ExitStatus.blocked : ExitStatus.clean
    }
}
