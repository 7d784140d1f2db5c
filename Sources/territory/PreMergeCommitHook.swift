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
            let repository = try RepositoryOpener.open(global.directory)
            guard let head = try repository.headCommit(),
                  let merged = try MergedBranch.find(in: repository, environment: ProcessInfo.processInfo.environment) else {
                return verdict.pass("no merge in progress, not checked")
            }
            guard let loaded = try PlanLoader(repository: repository, requested: planOptions.plan).load(from: head, named: "HEAD") else {
                return verdict.pass("no plan in HEAD, not checked")
            }
            return try MergeJudge(repository: repository, loaded: loaded, hook: hook, verdict: verdict)
                .run(merged, head: head, command: "hook pre-merge-commit")
        }
    }
}
