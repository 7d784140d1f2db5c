import ArgumentParser
import TerritoryGit

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
