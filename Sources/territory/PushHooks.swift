import ArgumentParser
import Foundation
import TerritoryGit

/// Shared by the push-side hooks: judge the updates and turn the result into an exit status.
struct PushHookRunner {
    let global: GlobalOptions
    let planOptions: PlanOptions
    let hook: HookOptions
    let base: String?
    let command: String

    func run(_ updates: [RefUpdate]) async throws {
        try await Failure.reporting {
            let verdict = HookVerdict(global: global, requireAgent: hook.requireAgent)
            let repository = try RepositoryOpener.open(global.directory)
            let judge = RefUpdateJudge(repository: repository, planPath: planOptions.plan, baseName: base, hook: hook, command: command)
            switch try judge.judge(updates) {
            case .report(let report): return try verdict.finish(report)
            case .skipped(let reason): return verdict.pass(reason)
            case .strangers(let branches): return verdict.notAnAgent("branch " + branches.joined(separator: ", "))
            }
        }
    }

    static func standardInput() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}
