import ArgumentParser
import TerritoryEngine
import TerritoryGit

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
    static func reporting(_ body: () async throws -> Int32) async throws {
        let status: Int32
        do {
            status = try await body()
        } catch let error as UserError {
            FileOutput.standardError("territory: error: \(error.message)\n" + (error.hint.map { "  \($0)\n" } ?? ""))
            throw ExitCode(ExitStatus.couldNotCheck)
        } catch let error as GitError {
            FileOutput.standardError("territory: error: \(error.message) (\(error.function) returned \(error.code))\n"
                + (error.hint.map { "  \($0)\n" } ?? ""))
            throw ExitCode(ExitStatus.couldNotCheck)
        }
        if status != ExitStatus.clean { throw ExitCode(status) }
    }
}
