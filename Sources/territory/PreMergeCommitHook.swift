import ArgumentParser
import Foundation
import TerritoryGit
import TerritoryKit

/// `territory hook pre-merge-commit`: what a merge brings in — the merged branch, judged as its
/// agent, with its changes since the merge base — before the merge commit is made.
struct PreMergeCommitHook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pre-merge-commit", abstract: "Judge the branch being merged.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var hook: HookOptions

    func run() async throws {
        try await Failure.reporting {
            let verdict = HookVerdict(global: global, requireAgent: hook.requireAgent)
            let repository = global.directory == nil ? try Repository.openFromEnvironment() : try RepositoryOpener.open(global.directory)
            guard let head = try repository.headCommit(),
                  let mergeHead = Self.mergeHead(repository).flatMap(repository.commitIfExists) else {
                return verdict.pass("no merge in progress, not checked")
            }
            guard let loaded = try PlanLoader(repository: repository, requested: planOptions.plan).load(from: head, named: "HEAD") else {
                return verdict.pass("no plan in HEAD, not checked")
            }
            // The merged branch is the local or remote branch whose tip is MERGE_HEAD.
            let merged = try repository.branches().filter { $0.target == mergeHead }.min { !$0.isRemote && $1.isRemote }
            let branch = merged?.name
            let bare = merged.map { BranchMatcher.withoutRemote($0.name, isRemote: $0.isRemote) }
            guard let identity = try IdentityResolver(plan: loaded.plan, repository: repository, environment: [:])
                .resolve(explicit: hook.agent, branch: bare) else {
                return verdict.notAnAgent("the merged branch \(branch ?? String(mergeHead.description.prefix(7)))")
            }
            let start = try repository.mergeBase(head, mergeHead)
            let (agent, findings) = try RangeJudge(repository: repository, plan: loaded.plan)
                .judge(identity, branch: branch, from: start, to: mergeHead)
            var report = Report(command: "hook pre-merge-commit", planFile: loaded.plan.file, planSource: loaded.source,
                                base: "HEAD", agents: [agent], findings: findings)
            if report.isBlocking { report.notes.append("merge blocked; to abandon it: git merge --abort") }
            return try verdict.finish(report)
        }
    }

    /// The first id in the git directory's MERGE_HEAD, if a merge is in progress.
    static func mergeHead(_ repository: Repository) -> String? {
        let url = URL(fileURLWithPath: repository.gitDirectory).appendingPathComponent("MERGE_HEAD")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return text.split(whereSeparator: \.isNewline).first.map(String.init)
    }
}
