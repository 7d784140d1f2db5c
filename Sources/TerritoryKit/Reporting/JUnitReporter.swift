/// JUnit XML, the format most CI servers (GitLab, Jenkins, Azure) show as a test tab.
///
/// Each checked agent is a `<testsuite name="territory.AGENT">`; each finding a `<testcase>`.
/// Only errors are `<failure>`s, because they are what fails the run — warnings and notes are
/// passing cases with the text in `<system-out>`, so a CI server's red/green agrees with
/// territory's exit status. A clean agent gets one passing case, so it shows up as checked.
/// The XML is written by hand (see `XMLText`) to keep TerritoryKit free of dependencies.
public struct JUnitReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        let suites = suites(report)
        let tests = suites.map(\.cases.count).reduce(0, +)
        let failures = suites.map(\.failures).reduce(0, +)
        let name = XMLText.escape("territory \(report.command)", attribute: true)
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            "<testsuites name=\"\(name)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\">",
        ]
        lines += suites.flatMap(\.lines)
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Checked agents in report order, then findings of agents the report did not list (plan-
    /// level findings go to `territory.plan`), then the run's notes.
    private func suites(_ report: Report) -> [JUnitTestSuite] {
        let byAgent = Dictionary(grouping: report.findings) { $0.agent ?? "" }
        var suites = report.agents.map { JUnitTestSuite.agent($0.id, findings: byAgent[$0.id] ?? [], command: report.command) }
        let listed = Set(report.agents.map(\.id))
        for (agent, findings) in byAgent.sorted(by: { $0.key < $1.key }) where !listed.contains(agent) {
            suites.append(.agent(agent.isEmpty ? "plan" : agent, findings: findings, command: report.command))
        }
        if !report.notes.isEmpty {
            let notes = JUnitTestCase(name: "notes", output: report.notes.joined(separator: "\n"))
            suites.append(JUnitTestSuite(name: "territory", cases: [notes]))
        }
        return suites
    }
}
