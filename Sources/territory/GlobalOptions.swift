import ArgumentParser
import Foundation

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
