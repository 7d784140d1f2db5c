import ArgumentParser
import TerritoryEngine

/// `territory install-hooks [--uninstall]`: thin hooks that call `territory hook NAME`.
struct InstallHooksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install-hooks",
        abstract: "Install territory's git hooks (pre-commit, prepare-commit-msg, commit-msg, pre-merge-commit, pre-push; --server: pre-receive), chaining existing ones.",
        discussion: """
            With Husky v9 (core.hooksPath .husky/_), adds one `territory hook NAME` line to each of \
            its hook files instead; --uninstall removes exactly those lines.
            """)

    static let clientHooks = ["pre-commit", "prepare-commit-msg", "commit-msg", "pre-merge-commit", "pre-push"]
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
            let hooksFolder = HooksFolder.path(for: repository)
            let names = server ? Self.serverHooks : Self.clientHooks
            let heading: String
            let folder: String
            let apply: (String) throws -> HookInstaller.Outcome
            if !server, let scripts = HuskyHooks.scriptsFolder(forHooksFolder: hooksFolder) {
                let husky = HuskyHooks(folder: scripts)
                (heading, folder) = ("husky scripts \(scripts) (core.hooksPath \(hooksFolder))", scripts)
                apply = { name in uninstall ? try husky.uninstall(name) : try husky.install(name) }
            } else {
                let installer = HookInstaller(folder: hooksFolder)
                (heading, folder) = ("hooks folder \(hooksFolder)", hooksFolder)
                apply = { name in uninstall ? try installer.uninstall(name) : try installer.install(name) }
            }
            var lines: [String] = []
            for name in names {
                do {
                    lines.append("\(name): \(try apply(name).rawValue)")
                } catch let error as UserError {
                    throw error
                } catch {
                    throw UserError("cannot write \(name) in \(folder): \(error.localizedDescription)",
                                    hint: "check that the folder is writable")
                }
            }
            if !quiet { FileOutput.standardOutput(heading + "\n" + lines.joined(separator: "\n") + "\n") }
            return ExitStatus.clean
        }
    }
}
