import ArgumentParser
import Foundation
import TerritoryEngine
import TerritoryGit
import TerritoryKit

/// `territory hook pre-commit-framework`: the entry of the pre-commit framework's `territory`
/// hook (`.pre-commit-hooks.yaml`). One entry serves every way the framework runs it, told
/// apart by what it hands over (`PreCommitEnvironment`), so that no run passes by judging
/// nothing:
///
/// | how the framework ran it | judged | like |
/// |---|---|---|
/// | a git push (`PRE_COMMIT_REMOTE_BRANCH`) | the pushed branch's new commits | `hook pre-push` |
/// | `run --from-ref X --to-ref Y` | `merge-base(X, Y)..Y`, plan from X | `gate --base X --head Y` |
/// | `git commit` (git set `GIT_INDEX_FILE`) | the staged changes | `hook pre-commit` |
/// | `run` / `run --all-files` by hand or in CI | the current branch since it left the base, plus what is staged | `gate --base BASE` |
struct PreCommitFrameworkHook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pre-commit-framework",
        abstract: "Run as the pre-commit framework's hook (pre-commit.com): judge what the framework was asked to check.",
        discussion: """
            A push: the pushed branch (PRE_COMMIT_REMOTE_BRANCH). `pre-commit run --from-ref X --to-ref Y`: \
            that range, as `territory gate --base X --head Y`. `git commit`: the staged changes. \
            `pre-commit run [--all-files]`: the current branch since it left the base (--base, \
            territory.base, main, master, origin/main…), plus what is staged. File names the \
            framework passes are ignored: territory judges changes, not files.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var hook: HookOptions

    @Argument(help: ArgumentHelp("File names from the framework (ignored).", visibility: .hidden))
    var files: [String] = []

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let framework = PreCommitEnvironment(environment) ?? PreCommitEnvironment.outside
        try await Failure.reporting(report) {
            let engine = try Territory.engine(global, plan: planOptions)
            let policy = hook.policy(server: false)
            let outcome: HookOutcome
            if framework.isPush {
                outcome = try engine.pushedRefs([try framework.pushedRef(in: engine.repository)], base: hook.base,
                                                agent: hook.agent, policy: policy, command: "hook pre-push")
            } else if let range = framework.range {
                outcome = try engine.gate(base: range.from, head: Self.head(range.to, in: engine.repository),
                                          agent: hook.agent, policy: policy)
            } else if environment["GIT_INDEX_FILE"] != nil {
                outcome = try engine.preCommit(agent: hook.agent, base: hook.base)
            } else {
                let base = try Self.base(hook.base, in: engine.repository)
                let branch = try engine.gate(base: base, head: "HEAD", agent: hook.agent, policy: policy)
                outcome = HookOutcome.combined(branch, try engine.preCommit(agent: hook.agent, base: hook.base))
            }
            return try HookVerdict(report: report, requireAgent: hook.requireAgent).finish(outcome)
        }
    }

    /// `HEAD` when the range ends at the checked-out commit, so the gate names the current
    /// branch (and its agent) rather than a bare commit id.
    static func head(_ ref: String, in repository: Repository) -> String {
        guard let head = try? repository.headCommit(), repository.commitIfExists(ref) == head else { return ref }
        return "HEAD"
    }

    /// The base a `run --all-files` measures from, in the order every other entry point uses
    /// (the engine's `BaseBranch`). No base at all is an error, never a silent pass: in CI it
    /// means the checkout did not fetch it.
    static func base(_ explicit: String?, in repository: Repository) throws -> String {
        if let explicit { return explicit }
        if let found = try Engine(repository: repository).baseBranchName(nil) { return found }
        throw UserError("no base branch to measure the current branch from: none of \(Engine.defaultBaseBranches.joined(separator: ", ")) exists",
                        hint: "fetch it (`git fetch origin main:refs/remotes/origin/main`; actions/checkout: `fetch-depth: 0`), or pass --base REF in the hook's args")
    }
}

extension PreCommitEnvironment {
    /// Run by hand, outside the framework: no refs, so the current branch is judged.
    static let outside = PreCommitEnvironment(["PRE_COMMIT": "1"])!
}

extension HookOutcome {
    /// Two judgments of one run as one: both reports merged (a finding both found is kept
    /// once), else whichever judged something, else the first.
    static func combined(_ first: HookOutcome, _ second: HookOutcome) -> HookOutcome {
        switch (first, second) {
        case (.report(let a), .report(let b)):
            var seen = Set<Finding>()
            let findings = (a.findings + b.findings).filter { seen.insert($0).inserted }
            return .report(Report(command: "hook pre-commit-framework", planFile: a.planFile, planSource: a.planSource,
                                  base: a.base, agents: a.agents + b.agents, findings: findings, notes: a.notes + b.notes))
        case (.report, _): return first
        case (_, .report): return second
        default: return first
        }
    }
}
