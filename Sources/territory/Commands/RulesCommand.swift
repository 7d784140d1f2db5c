import ArgumentParser
import TerritoryKit

/// `territory rules`: every rule with what it checks, why, an example and the fix — as text, as
/// the reference page `docs/rules.md` (markdown), or as JSON.
struct RulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List the rules: what each checks, why, an example, and the fix.",
        discussion: "`territory rules --format markdown > docs/rules.md` regenerates the reference page.")

    enum Format: String, CaseIterable, ExpressibleByArgument { case text, json, markdown }

    @Option(help: "text, json or markdown.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Write to <file> instead of standard output.", valueName: "file"))
    var output: String?

    func run() async throws {
        try await Failure.reporting {
            let text: String = switch format {
            case .text: Self.text()
            case .json: RuleCatalogWriter().json()
            case .markdown: RuleCatalogWriter().markdown()
            }
            try FileOutput.write(text, to: output)
            return ExitStatus.clean
        }
    }

    private static func text() -> String {
        var lines: [String] = []
        for rule in RuleCatalog.descriptions {
            lines += [
                "\(rule.id) (\(rule.defaultSeverity.rawValue))",
                "  what:    \(rule.what)", "  why:     \(rule.why)",
                "  example: \(rule.example)", "  fix:     \(rule.fix)", "",
            ]
        }
        return lines.joined(separator: "\n")
    }
}
