import ArgumentParser
import TerritoryEngine

/// `territory install-hooks [--uninstall]`: thin hooks that call `territory hook NAME`.
struct InstallHooksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install-hooks",
        abstract: "Install territory's git hooks (pre-commit, pre-merge-commit, pre-push; --server: pre-receive), chaining existing ones.")

    static let clientHooks = ["pre-commit", "pre-merge-commit", "pre-push"]
    static let serverHooks = ["pre-receive"]

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Print nothing when the hooks are in place.")
    var quiet = false

    @Flag(help: "Remove territory's hooks and restore the ones they chained.")
    var uninstall = false

    @Flag(help: "Install the server-side pre-receive hook (for a bare repository that receives pushes).")
    var server = false

    func run() async throws {
        try await Failure.reporting {
            let repository = try Engine.openRepository(global.directory)
            let installer = HookInstaller(folder: HooksFolder.path(for: repository))
            let names = server ? Self.serverHooks : Self.clientHooks
            var lines: [String] = []
            for name in names {
                do {
                    let outcome = uninstall ? try installer.uninstall(name) : try installer.install(name)
                    lines.append("\(name): \(outcome.rawValue)")
                } catch let error as UserError {
                    throw error
                } catch {
                    throw UserError("cannot write \(name) in \(installer.folder): \(error.localizedDescription)",
                                    hint: "check that the hooks folder is writable")
                }
            }
            if !quiet { FileOutput.standardOutput("hooks folder \(installer.folder)\n" + lines.joined(separator: "\n") + "\n") }
            return ExitStatus.clean
        }
    }
}
