/// One `<testcase>` of the JUnit report: a finding, or the passing case of a clean agent.
///
/// Only an error carries a `failure`; warnings and notes keep their text in `output`
/// (`<system-out>`), so the CI server's pass/fail agrees with territory's exit status.
struct JUnitTestCase: Sendable {
    struct Failure: Sendable {
        /// The rule id, so CI servers that group failures by type group them by rule.
        var type: String
        /// One line for the CI server's list view.
        var message: String
        /// The full text: message, plan line, fix.
        var body: String
    }

    var name: String
    /// The file the finding is about (`FindingAnchor`), which GitLab and Jenkins link to.
    var file: String?
    var failure: Failure?
    var output: String?

    init(name: String, file: String? = nil, failure: Failure? = nil, output: String? = nil) {
        self.name = name
        self.file = file
        self.failure = failure
        self.output = output
    }

    /// `time` is 0: findings are not timed one by one (the whole check takes milliseconds), and
    /// some readers refuse a test case without it.
    func lines(classname: String) -> [String] {
        var open = "    <testcase classname=\"\(XMLText.escape(classname, attribute: true))\" "
            + "name=\"\(XMLText.escape(name, attribute: true))\""
        if let file { open += " file=\"\(XMLText.escape(file, attribute: true))\"" }
        open += " time=\"0\""
        if let failure {
            return [
                open + ">",
                "      <failure type=\"\(XMLText.escape(failure.type, attribute: true))\" "
                    + "message=\"\(XMLText.escape(failure.message, attribute: true))\">\(XMLText.escape(failure.body))</failure>",
                "    </testcase>",
            ]
        }
        if let output {
            return [open + ">", "      <system-out>\(XMLText.escape(output))</system-out>", "    </testcase>"]
        }
        return [open + "/>"]
    }
}
