import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// Entry point. ArgumentParser exits 64 on a usage error; territory promises 0/1/2, so a usage
/// error is printed the same way and exits 2 ("could not check").
@main
enum TerritoryMain {
    static func main() async {
        do {
            var command = try Territory.parseAsRoot()
            if var async = command as? AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch {
            let code = Territory.exitCode(for: error)
            if code == .validationFailure {
                let message = Territory.fullMessage(for: error)
                FileOutput.standardError(message + "\n")
                exit(ExitStatus.couldNotCheck)
            }
            Territory.exit(withError: error)
        }
    }
}
