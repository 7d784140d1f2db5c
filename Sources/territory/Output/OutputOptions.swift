import ArgumentParser
import Foundation

/// Where a document goes and whether it is colored: every command that prints one (`show`,
/// `who`, and the reports through `ReportOptions`).
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write to <file> instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp(
        "When to color text output: auto (a terminal, unless NO_COLOR or TERM=dumb; FORCE_COLOR forces it), always or never.",
        valueName: "when"))
    var color: ColorChoice = .auto

    @Flag(help: "The same as --color never.")
    var noColor = false

    /// Whether text written now should carry color, by the precedence `ColorChoice` documents.
    var useColor: Bool {
        (noColor ? .never : color).enabled(
            environment: ProcessInfo.processInfo.environment,
            isTerminal: output == nil && FileOutput.isTerminal)
    }
}

/// `--color`, decided the way ripgrep decides it, plus the two "force" variables CI systems use.
///
/// Precedence, strongest first: `--color always|never` (and `--no-color`); `NO_COLOR` set and not
/// empty (never); `FORCE_COLOR` or `CLICOLOR_FORCE` set to anything but empty, `0` or `false`
/// (always); `TERM` unset or `dumb` (never); otherwise color exactly when standard output is a
/// terminal and not redirected with `--output`.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never

    func enabled(environment: [String: String], isTerminal: Bool) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let value = environment["NO_COLOR"], !value.isEmpty { return false }
            if ["FORCE_COLOR", "CLICOLOR_FORCE"].contains(where: { Self.forces(environment[$0]) }) { return true }
            guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else { return false }
            return isTerminal
        }
    }

    private static func forces(_ value: String?) -> Bool {
        guard let value, !value.isEmpty else { return false }
        return !["0", "false"].contains(value.lowercased())
    }
}
