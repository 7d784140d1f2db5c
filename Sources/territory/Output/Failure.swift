import ArgumentParser
import TerritoryEngine
import TerritoryGit
import TerritoryKit

/// The three outcomes every command ends in.
enum ExitStatus {
    /// Nothing blocking was found.
    static let clean: Int32 = 0
    /// A blocking finding.
    static let blocked: Int32 = 1
    /// Territory could not check: bad plan, bad ref, shallow clone, not a repository.
    static let couldNotCheck: Int32 = 2
}

/// Turns every "could not check" outcome into one message on standard error and exit 2, so the
/// commands can simply throw.
enum Failure {
    /// Runs a command's body. With `annotating` (`--format github`), a could-not-check error is
    /// also an `::error` workflow command on standard output, so GitHub shows it on the run page
    /// and not only in the log.
    static func reporting(annotating: Bool = false, _ body: () async throws -> Int32) async throws {
        let status: Int32
        do {
            status = try await body()
        } catch let error as UserError {
            throw couldNotCheck(error.message, hint: error.hint, annotating: annotating)
        } catch let error as GitError {
            throw couldNotCheck("\(error.message) (\(error.function) returned \(error.code))", hint: error.hint, annotating: annotating)
        }
        if status != ExitStatus.clean { throw ExitCode(status) }
    }

    /// The same, for the commands that write reports: annotates under `--format github`.
    static func reporting(_ options: ReportOptions, _ body: () async throws -> Int32) async throws {
        try await reporting(annotating: options.format == .github, body)
    }

    /// Says what stopped the check, and returns the exit status to throw.
    private static func couldNotCheck(_ message: String, hint: String?, annotating: Bool) -> ExitCode {
        FileOutput.standardError("territory: error: \(message)\n" + (hint.map { "  \($0)\n" } ?? ""))
        if annotating {
            FileOutput.standardOutput(GitHubReporter.fatalAnnotation(message: message, hint: hint) + "\n")
        }
        return ExitCode(ExitStatus.couldNotCheck)
    }
}
