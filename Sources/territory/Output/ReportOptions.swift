import ArgumentParser

/// The options of every command that writes a report (`check`, `lint`, `gate`, the hooks).
struct ReportOptions: ParsableArguments {
    @Option(help: "The report's format (codeclimate: GitLab Code Quality).")
    var format: OutputFormat = .text

    @OptionGroup var output: OutputOptions

    @Flag(name: .shortAndLong, help: "Print only the findings (text): no heading, no clean agents, no summary.")
    var quiet = false
}

/// The report formats. A wrong `--format` fails at parse time.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, sarif, github, junit, markdown, codeclimate
}

/// `territory show --format`: the plan as text, as JSON, or in its canonical markdown form.
enum ShowFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown
}

/// `territory who --format`.
enum WhoFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}
