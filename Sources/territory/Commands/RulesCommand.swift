import ArgumentParser
import TerritoryKit

/// `territory rules`: every rule with what it checks, why, an example and the fix.
struct RulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List the rules: what each checks, why, an example, and the fix.")

    func run() async throws {
        var lines: [String] = []
        for rule in RuleCatalog.descriptions {
            lines += [
                "\(rule.id) (\(rule.defaultSeverity.rawValue))",
                "  what:    \(rule.what)", "  why:     \(rule.why)",
                "  example: \(rule.example)", "  fix:     \(rule.fix)", "",
            ]
        }
        FileOutput.standardOutput(lines.joined(separator: "\n"))
    }
}
