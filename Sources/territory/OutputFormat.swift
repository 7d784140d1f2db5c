import ArgumentParser

/// The report formats. A wrong `--format` fails at parse time.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}
