import Foundation
import TerritoryEngine
import TerritoryGit
import TerritoryKit
import TestSupport

/// The scenario repository and an engine over it, as a front end would build one.
struct EngineFixture {
    let repo: GitRepository

    init() throws { repo = try ScenarioPlan.repository() }

    func engine(environment: [String: String] = [:], plan: String? = nil) throws -> Engine {
        Engine(repository: try Repository.open(at: repo.path), planPath: plan, environment: environment)
    }
}

extension Report {
    /// Findings as "rule agent path" lines, sorted, for compact assertions.
    var findingLines: [String] { findings.map { "\($0.rule) \($0.agent ?? "-") \($0.path)" }.sorted() }
}

extension HookOutcome {
    var report: Report? {
        if case .report(let report) = self { return report }
        return nil
    }

    var skippedReason: String? {
        if case .skipped(let reason) = self { return reason }
        return nil
    }

    var unattributed: String? {
        if case .unattributed(let what) = self { return what }
        return nil
    }
}
