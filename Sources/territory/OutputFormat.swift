import ArgumentParser

/// The report formats. A wrong `--format` fails at parse time.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, sarif, github, junit, markdown

    /// `show` and `who` print the plan, not a report, so only text and JSON make sense there; the
    /// report formats get this error (exit 2) instead of a silent fallback to another format.
    func unsupported(by command: String) -> UserError {
        UserError("territory \(command) writes text or json; --format \(rawValue) is for reports (check)",
                  hint: "use --format text or --format json")
    }
}
