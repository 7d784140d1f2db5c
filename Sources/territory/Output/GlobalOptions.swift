import ArgumentParser
import Foundation
import TerritoryEngine

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customShort("C"), help: ArgumentHelp("Run as if started in <dir>.", valueName: "dir"))
    var directory: String?

    @Option(help: "Output format: text, json, sarif, github, junit or markdown (show and who: text or json).")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("Write the report to <file> instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Never color the output (NO_COLOR does the same).")
    var noColor = false

    @Flag(name: .shortAndLong, help: "Print only findings and errors.")
    var quiet = false

    /// Color only on a terminal, never into a file, never with NO_COLOR or --no-color.
    var useColor: Bool {
        guard !noColor, output == nil, format == .text else { return false }
        if let value = ProcessInfo.processInfo.environment["NO_COLOR"], !value.isEmpty { return false }
        return FileOutput.isTerminal
    }
}

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

/// Which plan to read, when the repository holds more than one.
struct PlanOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The plan file or folder, repository-relative (default: found in the trusted tree).", valueName: "path"))
    var plan: String?
}

/// The commit `show`, `who` and `lint` read the plan from.
struct PlanRefOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read the plan from this commit (default: HEAD).", valueName: "ref"))
    var ref: String = "HEAD"
}
