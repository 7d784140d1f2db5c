/// One `<testsuite>` of the JUnit report: everything territory found for one agent.
///
/// Suites are named `territory.AGENT` so a CI server that lists suites by name groups all of
/// territory's results together and each agent's results under it.
struct JUnitTestSuite: Sendable {
    var name: String
    var cases: [JUnitTestCase]

    var failures: Int { cases.count { $0.failure != nil } }

    var lines: [String] {
        let open = "  <testsuite name=\"\(XMLText.escape(name, attribute: true))\" tests=\"\(cases.count)\" "
            + "failures=\"\(failures)\" errors=\"0\" skipped=\"0\">"
        return [open] + cases.flatMap { $0.lines(classname: name) } + ["  </testsuite>"]
    }

    /// The suite for one agent: a passing case when it is clean, else one case per finding.
    static func agent(_ agent: String, findings: [Finding], command: String) -> JUnitTestSuite {
        let name = "territory.\(agent)"
        guard !findings.isEmpty else {
            return JUnitTestSuite(name: name, cases: [JUnitTestCase(name: "\(agent) stays inside its territory")])
        }
        return JUnitTestSuite(name: name, cases: findings.map { finding in
            var details = finding.message
            if let plan = finding.plan { details += "\nplan: \(plan)" }
            details += "\nfix: \(finding.hint)"
            let name = "\(finding.rule): \(finding.path)"
            let file = FindingAnchor(finding, command: command).file
            guard finding.severity == .error else {
                return JUnitTestCase(name: name, file: file, output: "\(finding.severity.rawValue): \(details)")
            }
            return JUnitTestCase(name: name, file: file, failure: .init(type: finding.rule, message: finding.message, body: details))
        })
    }
}
