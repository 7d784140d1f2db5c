import Foundation
import TestSupport
import Testing

/// `--color auto|always|never` and the environment, by the precedence docs/guide.md states:
/// the option, then NO_COLOR, then FORCE_COLOR/CLICOLOR_FORCE, then TERM, then "is it a
/// terminal". A pseudo-terminal comes from util-linux `script` (Debian: bsdutils, which
/// `scripts/test.sh` installs); without it the test fails rather than skips.
@Suite struct ColorTests {
    static let script = "/usr/bin/script"
    static let red = "\u{1B}[1;31m"
    /// A terminal that can show color, and no color variable inherited from the test's caller.
    static let terminal = ["TERM": "xterm-256color", "NO_COLOR": "", "FORCE_COLOR": "", "CLICOLOR_FORCE": ""]

    func onTerminal(_ repo: GitRepository, _ arguments: String, _ environment: [String: String] = [:]) throws -> String {
        try #require(FileManager.default.isExecutableFile(atPath: Self.script),
                     "\(Self.script) (util-linux `script`) is missing: install bsdutils, or run scripts/test.sh")
        let command = "\(TerritoryBinary.url.path) \(arguments)"
        return try Shell.run(Self.script, ["-qec", command, "/dev/null"], in: repo.root,
                             environment: Self.terminal.merging(environment) { _, new in new }).stdout
    }

    func piped(_ repo: GitRepository, _ arguments: [String], _ environment: [String: String] = [:]) throws -> String {
        try repo.territory(arguments, environment: Self.terminal.merging(environment) { _, new in new }).stdout
    }

    static func crossing() throws -> GitRepository {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/docs-agent") { try repo.write("src/ui/App.tsx", "x\n") }
        return repo
    }

    @Test func autoColorsATerminalOnly() throws {
        let repo = try Self.crossing()
        #expect(try onTerminal(repo, "check").contains(Self.red))
        #expect(!(try piped(repo, ["check"])).contains("\u{1B}["))
        #expect(!(try onTerminal(repo, "check", ["NO_COLOR": "1"])).contains("\u{1B}["))
        #expect(!(try onTerminal(repo, "check", ["TERM": "dumb"])).contains("\u{1B}["))
        #expect(!(try onTerminal(repo, "check --no-color")).contains("\u{1B}["))
        #expect(!(try onTerminal(repo, "check --color never")).contains("\u{1B}["))
        #expect(!(try onTerminal(repo, "check --format json")).contains("\u{1B}["), "color is for text only")
    }

    @Test func forcedColorReachesPipesAndTheOptionBeatsTheEnvironment() throws {
        let repo = try Self.crossing()
        #expect(try piped(repo, ["check", "--color", "always"]).contains(Self.red))
        #expect(try piped(repo, ["check"], ["FORCE_COLOR": "1"]).contains(Self.red))
        #expect(try piped(repo, ["check"], ["CLICOLOR_FORCE": "1"]).contains(Self.red))
        #expect(!(try piped(repo, ["check"], ["FORCE_COLOR": "0"])).contains("\u{1B}["))
        #expect(!(try piped(repo, ["check"], ["FORCE_COLOR": "1", "NO_COLOR": "1"])).contains("\u{1B}["), "NO_COLOR beats FORCE_COLOR")
        #expect(try piped(repo, ["check"], ["FORCE_COLOR": "1", "TERM": "dumb"]).contains(Self.red), "forcing beats TERM=dumb")
        #expect(try piped(repo, ["check", "--color", "always"], ["NO_COLOR": "1"]).contains(Self.red), "the option beats NO_COLOR")
        #expect(!(try onTerminal(repo, "check --color never", ["FORCE_COLOR": "1"])).contains("\u{1B}["))
    }
}
