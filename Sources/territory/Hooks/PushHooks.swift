import ArgumentParser
import Foundation
import TerritoryEngine

/// `territory hook pre-push REMOTE URL`: each pushed branch's new commits, judged as its agent.
///
/// git hands the pushed refs over as lines on standard input. The pre-commit framework reads
/// those lines itself and hands its hooks the first pushed branch as `PRE_COMMIT_*` variables
/// instead, with standard input empty: under it (`PRE_COMMIT=1`) the refs come from there.
struct PrePushHook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pre-push", abstract: "Judge the branches being pushed (ref lines on standard input).",
        discussion: """
            Under the pre-commit framework (PRE_COMMIT=1), the pushed branch comes from PRE_COMMIT_FROM_REF, \
            PRE_COMMIT_TO_REF, PRE_COMMIT_LOCAL_BRANCH and PRE_COMMIT_REMOTE_BRANCH; without them, the \
            current branch is judged as if pushed.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var hook: HookOptions
    @Argument(help: "The remote's name and URL, as git passes them.")
    var remote: [String] = []

    /// `<local ref> <local sha> <remote ref> <remote sha>` per line; the remote ref names the
    /// branch as the receiving side will see it.
    static func updates(_ text: String) -> [RefUpdate] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let words = line.split(separator: " ").map(String.init)
            return words.count == 4 ? RefUpdate(ref: words[2], old: words[3], new: words[1]) : nil
        }
    }

    func run() async throws {
        let runner = PushHookRunner(global: global, report: report, planOptions: planOptions, hook: hook, server: false, command: "hook pre-push")
        guard let framework = PreCommitEnvironment(ProcessInfo.processInfo.environment) else {
            return try await runner.run(Self.updates(PushHookRunner.standardInput()))
        }
        try await runner.run { engine in [try framework.pushedRef(in: engine.repository)] }
    }
}

/// `territory hook pre-receive`: on the server (bare repositories too), every pushed branch,
/// judged with the plan from the receiving repository's base branch.
struct PreReceiveHook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pre-receive", abstract: "Judge pushed refs on the server (old new ref lines on standard input).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var hook: HookOptions

    /// `<old> <new> <ref>` per line.
    static func updates(_ text: String) -> [RefUpdate] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let words = line.split(separator: " ").map(String.init)
            return words.count == 3 ? RefUpdate(ref: words[2], old: words[0], new: words[1]) : nil
        }
    }

    func run() async throws {
        try await PushHookRunner(global: global, report: report, planOptions: planOptions, hook: hook, server: true, command: "hook pre-receive")
            .run(Self.updates(PushHookRunner.standardInput()))
    }
}

/// `territory hook update REF OLD NEW`: the server's per-ref hook.
struct UpdateHook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "update", abstract: "Judge one pushed ref on the server.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var hook: HookOptions
    @Argument var ref: String
    @Argument var old: String
    @Argument var new: String

    func run() async throws {
        try await PushHookRunner(global: global, report: report, planOptions: planOptions, hook: hook, server: true, command: "hook update")
            .run([RefUpdate(ref: ref, old: old, new: new)])
    }
}

/// Shared by the push-side hooks: ask the engine about the updates, then write the verdict.
struct PushHookRunner {
    let global: GlobalOptions
    let report: ReportOptions
    let planOptions: PlanOptions
    let hook: HookOptions
    /// Server hooks judge branches of no agent as owning nothing.
    let server: Bool
    let command: String

    func run(_ updates: [RefUpdate]) async throws {
        try await run { _ in updates }
    }

    /// The same, for updates that need the repository to be read (the pre-commit framework's).
    func run(_ updates: (Engine) throws -> [RefUpdate]) async throws {
        try await Failure.reporting(report) {
            let engine = try Territory.engine(global, plan: planOptions)
            let outcome = try engine.pushedRefs(try updates(engine), base: hook.base, agent: hook.agent,
                                                policy: hook.policy(server: server), command: command)
            return try HookVerdict(report: report, requireAgent: hook.requireAgent).finish(outcome)
        }
    }

    static func standardInput() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}
