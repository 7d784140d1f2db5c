import ArgumentParser
import Foundation
import TerritoryEngine

/// `territory gate`: the CI merge gate. Judges merge-base(base, head)..head with the plan from
/// the base, where `--no-verify` cannot skip it.
struct GateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "CI merge gate: judge a pull request's changes against the plan from its base.",
        discussion: """
            Without --base, GitLab's CI_MERGE_REQUEST_DIFF_BASE_SHA (the merge request's merge base) \
            is the base, so a merge request pipeline needs neither the target branch fetched nor --base.
            """)

    /// GitLab's merge base of a merge request pipeline.
    static let gitLabDiffBase = "CI_MERGE_REQUEST_DIFF_BASE_SHA"

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var planOptions: PlanOptions

    @Option(help: ArgumentHelp("The branch the change merges into (e.g. origin/main; default: $CI_MERGE_REQUEST_DIFF_BASE_SHA).", valueName: "ref"))
    var base: String?

    @Option(help: ArgumentHelp("The change's tip (default: HEAD).", valueName: "ref"))
    var head: String = "HEAD"

    @Option(help: ArgumentHelp("The agent (default: TERRITORY_AGENT, git config, the CI's source branch, the current branch).", valueName: "id"))
    var agent: String?

    @Flag(help: "Fail (exit 1) when the change belongs to no agent (by default it is judged as owning nothing).")
    var requireAgent = false

    func run() async throws {
        try await Failure.reporting(report) {
            let outcome = try Territory.engine(global, plan: planOptions)
                .gate(base: try Self.base(base, environment: ProcessInfo.processInfo.environment), head: head,
                      agent: agent, policy: requireAgent ? .refused : .ownsNothing)
            return try HookVerdict(report: report, requireAgent: requireAgent, caller: .gate).finish(outcome)
        }
    }

    /// `--base`, else GitLab's merge base of the merge request: a commit of the target branch
    /// that the source branch contains, so `merge-base(base, head)` is that commit and the plan
    /// is read from the target branch as the merge request found it.
    static func base(_ explicit: String?, environment: [String: String]) throws -> String {
        if let explicit { return explicit }
        if let sha = environment[gitLabDiffBase], !sha.isEmpty { return sha }
        throw UserError("territory gate needs the branch the change merges into",
                        hint: "pass --base REF (e.g. --base origin/main); in a GitLab merge request pipeline \(gitLabDiffBase) gives it")
    }
}
