import Foundation
import TerritoryGit
import TerritoryKit

/// Applies waivers to a change's findings — those of the trusted plan, and the
/// `Territory-Waiver:` trailers of commits a trusted author wrote. An agent's own commit can
/// never waive its own finding. Today's date is UTC, as an ISO day.
struct WaiverPolicy {
    let loaded: LoadedPlan
    /// Whose commit trailers count; nobody's where no commits are judged (staged changes, edits).
    var authors = TrustedAuthors(emails: [])

    static var today: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    func apply(_ findings: [Finding], commits: [CommitRecord] = []) -> [Finding] {
        var waivers = loaded.waivers
        var problems: [Finding] = []
        for commit in commits {
            let parsed = WaiverParser.parse(commitMessage: commit.message, commit: commit.id.description)
            guard !parsed.isEmpty else { continue }
            guard authors.trusts(commit) else {
                problems.append(Finding(
                    rule: "invalid-waiver", severity: .warning, agent: nil, path: "",
                    message: "the waiver trailer of commit \(commit.id.description.prefix(7)) (by \(commit.authorEmail)) is ignored: "
                        + "its author is not a waiver author of this repository",
                    plan: nil, hint: "waivers come from the plan on the base branch, or from commits by an author listed in "
                        + "`git config territory.waiverAuthors` where the check runs"))
                continue
            }
            for result in parsed {
                switch result {
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

/// Who may waive a finding or approve a frozen contract's change in a commit trailer: the
/// orchestrators listed in the trusted tree's `.territory.yml` (`waiver-authors`) or in the
/// configuration of the repository where the check runs (`territory.waiverAuthors`, emails
/// separated by commas or spaces), matched against the commit's author or committer. Nobody is
/// trusted when both lists are empty.
///
/// Git records authors as their commits declare them; what makes the list trustworthy is where
/// it is read: the CI runner's or the server's configuration, which agents do not control.
struct TrustedAuthors {
    static let key = "territory.waiverAuthors"

    let emails: Set<String>

    init(emails: Set<String>) { self.emails = emails }

    init(repository: Repository, config: RepositoryConfig = RepositoryConfig()) {
        let listed = repository.config(Self.key) ?? ""
        emails = Set(listed.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map { $0.lowercased() })
            .union(config.waiverAuthors)
    }

    func trusts(_ commit: CommitRecord) -> Bool {
        emails.contains(commit.authorEmail.lowercased()) || emails.contains(commit.committerEmail.lowercased())
    }

    /// The `Key: value` trailer lines of the trusted commits, where approvals are written.
    func trailers(_ commits: [CommitRecord]) -> [String] {
        commits.filter(trusts).flatMap { $0.message.split(separator: "\n").map(String.init) }.filter { line in
            guard let colon = line.firstIndex(of: ":") else { return false }
            return !line[..<colon].contains(" ")
        }
    }
}
