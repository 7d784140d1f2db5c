import Foundation
import TestSupport
import Testing

/// Color belongs on a terminal only, and never with NO_COLOR or --no-color. A pseudo-terminal
/// comes from util-linux `script` (Debian: bsdutils, which `scripts/test.sh` installs); without it
/// the test fails rather than skips, so color is never left untested by accident.
@Suite struct ColorTests {
    static let script = "/usr/bin/script"

    func runOnTerminal(_ repo: GitRepository, _ command: String, environment: [String: String] = [:]) throws -> String {
        try Shell.run(Self.script, ["-qec", command, "/dev/null"], in: repo.root, environment: environment).stdout
    }

    @Test func colorOnlyOnATerminalWithoutNoColor() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.script),
                     "\(Self.script) (util-linux `script`) is missing: install bsdutils, or run scripts/test.sh")
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/docs-agent") { try repo.write("src/ui/App.tsx", "x\n") }
        let binary = TerritoryBinary.url.path
        #expect(try runOnTerminal(repo, "\(binary) check").contains("\u{1B}[1;31m"))
        #expect(!(try runOnTerminal(repo, "\(binary) check", environment: ["NO_COLOR": "1"])).contains("\u{1B}["))
        #expect(!(try runOnTerminal(repo, "\(binary) check --no-color")).contains("\u{1B}["))
    }
}
