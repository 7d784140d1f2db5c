import ArgumentParser

/// Which plan to read, when the repository holds more than one.
struct PlanOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The plan file or folder, repository-relative (default: found in the trusted tree).", valueName: "path"))
    var plan: String?
}
