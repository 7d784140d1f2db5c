import TerritoryGit
import TerritoryKit

/// The `Agent:` trailer in commit messages: added by prepare-commit-msg when the worktree's
/// agent is known, checked by commit-msg, so that every commit can be judged as its agent even
/// when agents share a branch.
extension Engine {
    /// The message with `Agent: <id>` added, or nil when it already names an agent, no agent is
    /// known here, or there is no plan to know agents by.
    public func messageWithAgentTrailer(_ message: String, agent: String?, base: String? = nil) throws -> String? {
        guard let trusted = try trustedPlan(base: base, fallback: try repository.headCommit().map { ($0, "HEAD") }) else { return nil }
        let key = trusted.loaded.config.trailer
        guard Attribution.trailerAgent(message, key: key) == nil,
              let identity = try IdentityResolver(plan: trusted.plan, repository: repository, environment: environment)
                  .resolve(explicit: agent, branch: repository.currentBranch())
        else { return nil }
        return CommitMessage.adding(trailer: "\(key): \(identity.agentID)", to: message)
    }

    /// commit-msg: an `Agent:` trailer must name an agent of the plan (`unknown-agent`).
    public func checkCommitMessage(_ message: String, base: String? = nil) throws -> HookOutcome {
        guard let trusted = try trustedPlan(base: base, fallback: try repository.headCommit().map { ($0, "HEAD") }) else {
            return .skipped("no plan in the base branch or HEAD, not checked")
        }
        guard let name = Attribution.trailerAgent(message, key: trusted.loaded.config.trailer) else {
            return .skipped("no \(trusted.loaded.config.trailer) trailer, nothing to check")
        }
        var findings: [Finding] = []
        if trusted.plan.agent(named: name) == nil {
            findings.append(Finding(
                rule: "unknown-agent", severity: .error, agent: nil, path: "",
                message: "the commit message names agent `\(name)` (\(trusted.loaded.config.trailer) trailer), which is not in \(trusted.plan.file)",
                plan: SourceLocation(file: trusted.plan.file, line: 1),
                hint: "agents of this plan: " + trusted.plan.agents.map(\.id).joined(separator: ", ")))
        }
        return .report(Report(command: "hook commit-msg", planFile: trusted.plan.file, planSource: trusted.loaded.source,
                              base: nil, agents: [], findings: findings))
    }
}

/// Where a trailer goes in a commit message, as `git interpret-trailers` puts it: into the last
/// paragraph when that is already a block of `Key: value` lines, else after a blank line — and
/// before the comment lines an editor shows (`#`), which git strips.
enum CommitMessage {
    static func adding(trailer: String, to message: String) -> String {
        var lines = message.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        // The editor's comment block, with the blank lines around it.
        var comments: [String] = []
        while let last = lines.last, last.hasPrefix("#") || (last.isEmpty && lines.contains(where: { $0.hasPrefix("#") })) {
            comments.insert(lines.removeLast(), at: 0)
        }
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        let paragraph = lines.reversed().prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let isTrailerBlock = !paragraph.isEmpty && paragraph.count < lines.count && paragraph.allSatisfy(isTrailer)
        if lines.isEmpty {
            lines = ["", "", trailer]
        } else {
            lines += isTrailerBlock ? [trailer] : ["", trailer]
        }
        return (lines + comments).joined(separator: "\n") + "\n"
    }

    private static func isTrailer(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else { return false }
        return line[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }
}
