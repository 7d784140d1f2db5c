import ArgumentParser
import Foundation
import TerritoryKit

/// `territory who PATH...`: the owners of paths, and the plan line that makes each one an owner.
struct WhoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who", abstract: "Say which agents own, read or share each path, and which plan line decided.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var refOptions: PlanRefOptions

    @Argument(help: "Repository paths (relative to the current folder inside the working tree).")
    var paths: [String]

    func run() async throws {
        try await Failure.reporting {
            let repository = try RepositoryOpener.open(global.directory)
            let loaded = try refOptions.load(repository, plan: planOptions.plan)
            let map = TerritoryMap(plan: loaded.plan)
            let prefix = RepositoryPath.currentPrefix(workingDirectory: repository.workingDirectory, directory: global.directory)
            let answers = paths.map { path in
                let relative = RepositoryPath.normalise(path, prefix: prefix)
                return (relative, map.ownership(of: relative))
            }
            let text: String = switch global.format {
            case .text: WhoTextWriter(style: TerminalStyle(enabled: global.useColor)).render(answers)
            case .json: WhoJSONWriter().render(answers, planFile: loaded.plan.file, source: loaded.source)
            case .sarif, .github, .junit, .markdown: throw global.format.unsupported(by: "who")
            }
            try FileOutput.write(text, to: global.output)
            return ExitStatus.clean
        }
    }
}
