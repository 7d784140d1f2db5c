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
    var failure: Failure?
    var output: String?

    init(name: String, failure: Failure? = nil, output: String? = nil) {
        self.name = name
        self.failure = failure
        self.output = output
    }

    func lines(classname: String) -> [String] {
        let open = "    <testcase classname=\"\(XMLText.escape(classname, attribute: true))\" "
            + "name=\"\(XMLText.escape(name, attribute: true))\""
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
