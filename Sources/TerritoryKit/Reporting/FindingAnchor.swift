/// Where the formats that pin a finding to a line (SARIF, GitHub annotations, JUnit, GitLab
/// Code Quality) pin it: a repository-relative file and a 1-based line.
///
/// A finding about a change is about a whole file, so it is pinned on the file's first line.
/// A finding about the plan — everything `lint` reports, and a finding whose path is the plan
/// file itself — is pinned on the plan line that produced it, so the annotation lands where the
/// fix goes instead of on line 1 of the plan or on a pattern that is not a file.
struct FindingAnchor: Sendable, Hashable {
    var file: String
    var line: Int

    init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    init(_ finding: Finding, command: String) {
        if let plan = finding.plan, command == "lint" || finding.path == plan.file {
            file = plan.file
            line = max(plan.line, 1)
        } else {
            file = finding.path
            line = 1
        }
    }

    /// True when the anchor already is the deciding plan line, so pointing at it again as a
    /// related location would only repeat it.
    func isPlanLine(of finding: Finding) -> Bool {
        finding.plan.map { $0.file == file && max($0.line, 1) == line } ?? false
    }
}
