import ArgumentParser
import Foundation
import TerritoryGit
import TerritoryKit

/// `territory gate`: the CI merge gate. Judges merge-base(base, head)..head with the plan from
/// the merge base, where `--no-verify` cannot skip it.
struct GateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "CI merge gate: judge a pull request's changes against the plan from its merge base.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planOptions: PlanOptions

    @Option(help: ArgumentHelp("The branch the change merges into (e.g. origin/main).", valueName: "ref"))
    var base: String

    @Option(help: ArgumentHelp("The change's tip (default: HEAD).", valueName: "ref"))
    var head: String = "HEAD"

    @Option(help: ArgumentHelp("The agent (default: TERRITORY_AGENT, git config, the CI's source branch, the current branch).", valueName: "id"))
    var agent: String?

    @Flag(help: "Fail (exit 1) when the change belongs to no agent.")
    var requireAgent = false

    func run() async throws {
        try await Failure.reporting {
            let verdict = HookVerdict(global: global, requireAgent: requireAgent)
            let repository = try RepositoryOpener.open(global.directory)
            let baseCommit = try repository.resolveCommit(base)
            let headCommit = try repository.resolveCommit(head)
            guard let mergeBase = try Self.mergeBase(repository, baseCommit, headCommit) else {
                throw UserError("\(head) shares no history with \(base)", hint: "check --base and --head")
            }
            let loader = PlanLoader(repository: repository, requested: planOptions.plan)
            guard let loaded = try loader.load(from: mergeBase, named: "merge-base") else { return verdict.pass("no plan at the merge base, not checked") }
            let environment = ProcessInfo.processInfo.environment
            let source = CIEnvironment.sourceBranch(environment)
            let branch = source?.branch ?? (head == "HEAD" ? repository.currentBranch() : head)
            guard let identity = try IdentityResolver(plan: loaded.plan, repository: repository, environment: environment)
                .resolve(explicit: agent, branch: branch) else {
                return verdict.notAnAgent("branch \(branch ?? head)" + (source.map { " (from \($0.variable))" } ?? ""))
            }
            let (checked, findings) = try RangeJudge(repository: repository, loaded: loaded, gate: true)
                .judge(identity, branch: branch, from: mergeBase, to: headCommit)
            let report = Report(command: "gate", planFile: loaded.plan.file, planSource: loaded.source,
                                base: "\(base)@\(String(baseCommit.description.prefix(7)))", agents: [checked], findings: findings)
            return try verdict.finish(report)
        }
    }

    /// The merge base; in a shallow clone that lacks it, an error with the fix for each CI.
    static func mergeBase(_ repository: Repository, _ base: ObjectID, _ head: ObjectID) throws -> ObjectID? {
        do {
            return try repository.mergeBase(base, head)
        } catch where repository.isShallow {
            throw UserError(
                "this is a shallow clone without the merge base of the change and its base branch",
                hint: "fetch the history: `fetch-depth: 0` on actions/checkout (GitHub Actions), `GIT_DEPTH: 0` (GitLab CI), "
                    + "or `git fetch --unshallow` here")
        }
    }
}
