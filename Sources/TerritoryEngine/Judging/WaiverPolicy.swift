import Foundation
import TerritoryGit
import TerritoryKit

/// Applies the plan's waivers, and the `Territory-Waiver:` trailers of the commits being
/// judged, to a change's findings. Today's date is UTC, as an ISO day.
struct WaiverPolicy {
    let loaded: LoadedPlan

    static var today: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    func apply(_ findings: [Finding], commits: [(id: ObjectID, message: String)] = []) -> [Finding] {
        var waivers = loaded.waivers
        var problems: [Finding] = []
        for commit in commits {
            for parsed in WaiverParser.parse(commitMessage: commit.message, commit: commit.id.description) {
                switch parsed {
                case .success(let waiver): waivers.append(waiver)
                case .failure(let problem):
                    problems.append(Finding(rule: "invalid-waiver", severity: .warning, agent: nil, path: "",
                                            message: problem.message, plan: nil, hint: "fix the trailer in a new commit"))
                }
            }
        }
        guard !waivers.isEmpty else { return findings + problems }
        return WaiverApplier(waivers: waivers, today: Self.today).apply(findings) + problems
    }
}
