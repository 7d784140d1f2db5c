import ArgumentParser
import TerritoryEngine
import TerritoryKit

/// `territory hook NAME`: what the thin scripts in the hooks folder call. Each hook judges the
/// change git is about to record, with the plan from a trusted tree.
struct HookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook",
        abstract: "Run as a git hook (installed by `territory install-hooks`).",
        subcommands: [PreCommitHook.self, PrepareCommitMessageHook.self, CommitMessageHook.self, PreMergeCommitHook.self,
                      PrePushHook.self, PreReceiveHook.self, UpdateHook.self, PreCommitFrameworkHook.self])
}

/// Options every hook takes.
struct HookOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The agent making the change (default: TERRITORY_AGENT, git config territory.agent, the branch).", valueName: "id"))
    var agent: String?

    @Flag(help: "Block changes that belong to no agent instead of letting them through.")
    var requireAgent = false

    @Option(help: ArgumentHelp("The integration branch whose tip holds the trusted plan (default: git config territory.base, main, master, origin/HEAD).", valueName: "ref"))
    var base: String?

    /// Local hooks judge a developer's branch of no agent only when asked to refuse it; the
    /// server hooks judge it as owning nothing.
    func policy(server: Bool) -> UnattributedPolicy {
        requireAgent ? .refused : (server ? .ownsNothing : .notChecked)
    }
}

/// Writes a hook's (or the gate's) outcome and turns it into the exit status: 1 blocks the
/// commit, merge, push or pull request; 0 lets it through. A change of no agent passes with one
/// line saying why, unless `--require-agent` asks for an identity.
///
/// An installed hook runs on every commit, so in text it prints nothing when nothing blocks:
/// the report when it blocks, the findings alone when there are warnings, a one-line note for a
/// branch of no agent. The gate is read in a CI log, so it always writes its report. Any other
/// format is a document a program asked for, and is always written whole.
struct HookVerdict {
    enum Caller { case hook, gate }

    let report: ReportOptions
    let requireAgent: Bool
    var caller: Caller = .hook

    func finish(_ outcome: HookOutcome) throws -> Int32 {
        let quiet = report.quiet
        switch outcome {
        case .report(let result):
            try write(result)
            return result.isBlocking ? ExitStatus.blocked : ExitStatus.clean
        case .skipped(let reason):
            if caller == .gate, !quiet { FileOutput.standardError("territory: \(reason)\n") }
            return ExitStatus.clean
        case .unattributed(let what):
            if requireAgent {
                FileOutput.standardError("territory: \(what) belongs to no agent, and --require-agent is set; "
                    + "set TERRITORY_AGENT or `git config --worktree territory.agent ID`\n")
                return ExitStatus.blocked
            }
            if !quiet { FileOutput.standardError("territory: \(what) belongs to no agent; not checked\n") }
            return ExitStatus.clean
        }
    }

    private func write(_ result: Report) throws {
        guard caller == .hook, report.format == .text else { return try ReportWriter(options: report).write(result) }
        if result.isBlocking { return try ReportWriter(options: report).write(result) }
        if result.findings.contains(where: { $0.severity == .warning }) {
            var findingsOnly = report
            findingsOnly.quiet = true
            try ReportWriter(options: findingsOnly).write(result)
        }
        if !report.quiet { for note in result.notes { FileOutput.standardError("territory: \(note)\n") } }
    }
}

/// `territory hook pre-commit`: the staged changes, judged by HEAD's plan.
struct PreCommitHook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pre-commit", abstract: "Judge the staged changes.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var hook: HookOptions

    func run() async throws {
        try await Failure.reporting(report) {
            let outcome = try Territory.engine(global, plan: planOptions).preCommit(agent: hook.agent, base: hook.base)
            return try HookVerdict(report: report, requireAgent: hook.requireAgent).finish(outcome)
        }
    }
}

/// `territory hook pre-merge-commit`: what a merge brings in — the merged branch, judged as its
/// agent, with its changes since the merge base — before the merge commit is made.
struct PreMergeCommitHook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pre-merge-commit", abstract: "Judge the branch being merged.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var hook: HookOptions

    func run() async throws {
        try await Failure.reporting(report) {
            let outcome = try Territory.engine(global, plan: planOptions).preMergeCommit(agent: hook.agent, base: hook.base)
            return try HookVerdict(report: report, requireAgent: hook.requireAgent).finish(outcome)
        }
    }
}

/// `territory hook prepare-commit-msg FILE [SOURCE [SHA]]`: adds `Agent: <id>` to the message
/// git is preparing, when this worktree's agent is known and the message names none. It writes
/// only the message file git hands it, which is what this hook is for.
struct PrepareCommitMessageHook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "prepare-commit-msg", abstract: "Add the Agent trailer to the commit message.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var hook: HookOptions
    @Argument(help: "The message file, the message's source and commit, as git passes them.")
    var arguments: [String] = []

    func run() async throws {
        try await Failure.reporting {
            guard let file = arguments.first else { throw UserError("git passes the message file as the first argument") }
            let message = try FileOutput.read(file)
            if let updated = try Territory.engine(global, plan: planOptions).messageWithAgentTrailer(message, agent: hook.agent, base: hook.base) {
                try FileOutput.write(updated, to: file)
            }
            return ExitStatus.clean
        }
    }
}

/// `territory hook commit-msg FILE`: refuses a message whose `Agent:` trailer names no agent of
/// the plan.
struct CommitMessageHook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "commit-msg", abstract: "Check the Agent trailer of the commit message.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var hook: HookOptions
    @Argument(help: "The message file, as git passes it.")
    var file: String

    func run() async throws {
        try await Failure.reporting(report) {
            let outcome = try Territory.engine(global, plan: planOptions).checkCommitMessage(try FileOutput.read(file), base: hook.base)
            return try HookVerdict(report: report, requireAgent: hook.requireAgent).finish(outcome)
        }
    }
}
