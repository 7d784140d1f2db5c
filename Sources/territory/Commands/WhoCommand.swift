import ArgumentParser
import Foundation
import TerritoryEngine
import TerritoryKit

/// `territory who PATH...`: the owners of paths, and the plan line that makes each one an owner.
struct WhoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who", abstract: "Say which agents own, read or share each path, and which plan line decided.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var refOptions: PlanRefOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "How to print the owners.")
    var format: WhoFormat = .text

    @Argument(help: "Paths: relative to the current folder, absolute inside the working tree, or `:/path` from its root.")
    var paths: [String]

    func run() async throws {
        try await Failure.reporting {
            let folder = global.directory ?? FileManager.default.currentDirectoryPath
            let (loaded, answers) = try Territory.engine(global, plan: planOptions).owners(of: paths, ref: refOptions.ref, from: folder)
            let text: String = switch format {
            case .text: WhoTextWriter(style: TerminalStyle(enabled: output.useColor)).render(answers)
            case .json: WhoJSONWriter().render(answers, planFile: loaded.plan.file, source: loaded.source)
            }
            try FileOutput.write(text, to: output.output)
            return ExitStatus.clean
        }
    }
}
