import ArgumentParser

/// The one option every command takes. Output options live with the commands that print a
/// document (`ReportOptions`, `OutputOptions`), so `--help` lists only what a command honours.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customShort("C"), help: ArgumentHelp("Run as if started in <dir>.", valueName: "dir"))
    var directory: String?
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
