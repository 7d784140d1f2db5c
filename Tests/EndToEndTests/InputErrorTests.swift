import Foundation
import TestSupport
import Testing

/// Bad input gets exit 2 and a message that says what to do; never a crash.
@Suite struct InputErrorTests {
    @Test func unknownRefExitsTwoWithAHint() throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["check", "no-such-branch"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-branch"))
        #expect(result.stderr.contains("git branch"), "the message should say how to find the right name: \(result.stderr)")
    }

    @Test func unknownBaseExitsTwo() throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["check", "--base", "nope"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("nope"))
    }

    @Test func notARepositoryExitsTwo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("territory-norepo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TerritoryBinary.run(["check"], in: folder, environment: ["GIT_CEILING_DIRECTORIES": folder.deletingLastPathComponent().path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("-C"), "should say how to point territory at a repository: \(result.stderr)")
    }

    @Test func missingDirectoryExitsTwo() throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["check", "-C", "/no/such/folder"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/no/such/folder"))
    }

    @Test func missingPlanExitsTwo() throws {
        let repo = try GitRepository()
        try repo.write("README.md")
        try repo.commitAll("no plan")
        let result = try repo.territory(["check"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no plan found"))
        #expect(result.stderr.contains("--plan"))
    }

    @Test func branchOfNoAgentExitsTwo() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("feature/unrelated") { try repo.write("docs/x.md") }
        let result = try repo.territory(["check", "feature/unrelated"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--agent"))
    }

    @Test func unknownFormatIsAUsageErrorWithExitTwo() throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["check", "--format", "yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("yaml"))
    }

    @Test func shallowCloneWithoutMergeBaseExitsTwoWithFetchHint() throws {
        let origin = try ScenarioPlan.repository()
        for index in 1...3 {
            try origin.write("docs/\(index).md")
            try origin.commitAll("main \(index)")
        }
        try origin.branch("agent/docs-agent", from: "main~3") { try origin.write("docs/agent.md") }
        let clone = try GitRepository()
        try clone.git("fetch", "-q", "--update-head-ok", "--depth", "1", "file://\(origin.path)", "main:main", "agent/docs-agent:agent/docs-agent")
        let result = try TerritoryBinary.run(["check"], in: clone.root)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("fetch"), "should say how to fetch more history: \(result.stderr)")
    }

    @Test func emptyRepositorySaysThereAreNoCommits() throws {
        let repo = try GitRepository()
        for arguments in [["check"], ["lint"], ["show"], ["who", "x"]] {
            let result = try repo.territory(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("no commits yet"), "\(arguments): \(result.stderr)")
        }
    }

    @Test func corruptObjectSaysHowToFindIt() throws {
        let repo = try ScenarioPlan.repository()
        let id = try repo.git("rev-parse", "HEAD:\(ScenarioPlan.path)").trimmingCharacters(in: .whitespacesAndNewlines)
        let object = repo.root.appendingPathComponent(".git/objects/\(id.prefix(2))/\(id.dropFirst(2))")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: object.path)
        try Data("garbage".utf8).write(to: object)
        let result = try TerritoryBinary.run(["check"], in: repo.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("git fsck"), "\(result.stderr)")
    }

    @Test func waveNumbersStartAtOne() throws {
        let repo = try ScenarioPlan.repository()
        for wave in ["-1", "0"] {
            let result = try repo.territory(["check", "--wave", wave])
            #expect(result.status == 2)
            #expect(result.stderr.contains("numbered from 1"), "\(result.stderr)")
        }
    }

    /// A report that cannot be delivered is "could not check", never a silent pass.
    @Test func outputThatCannotBeWrittenExitsTwo() throws {
        let repo = try ScenarioPlan.repository()
        try repo.branch("agent/docs-agent") { try repo.write("docs/x.md") }
        let file = try repo.territory(["check", "--output", "/nonexistent/folder/report.txt"])
        #expect(file.status == 2)
        #expect(file.stderr.contains("cannot write the report"))
        let closed = try Shell.run("/bin/sh", ["-c", "\"$0\" check >&-", TerritoryBinary.url.path], in: repo.root)
        #expect(closed.status == 2, "\(closed.stderr)")
        #expect(closed.stderr.contains("standard output"))
    }
}
