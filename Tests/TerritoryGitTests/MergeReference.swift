import Foundation

/// git's own merge verdict, from a bare mirror of a test repository: `git merge-tree
/// --write-tree` writes objects, so it never runs in the repository under test.
struct MergeReference {
    let mirror: String

    init(of repo: TestRepository) throws {
        mirror = repo.sandbox.appendingPathComponent("mirror-\(UUID().uuidString).git").path
        try repo.git("clone", "-q", "--mirror", repo.path, mirror, in: repo.sandbox.path)
    }

    /// The conflicted paths of merging `theirs` into `ours` (empty when clean), and the tree.
    func merge(_ ours: String, _ theirs: String) throws -> (tree: String, conflicts: Set<String>) {
        let output = try run(["merge-tree", "--write-tree", "--name-only", "--no-messages", ours, theirs])
        let lines = output.split(separator: "\n").map(String.init)
        return (lines.first ?? "", Set(lines.dropFirst()))
    }

    /// A merge commit of `parents` holding `tree`, so the next branch can be merged into it.
    func commit(tree: String, parents: [String]) throws -> String {
        try run(["commit-tree", tree] + parents.flatMap { ["-p", $0] } + ["-m", "integration"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: mirror)
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        for role in ["AUTHOR", "COMMITTER"] {
            environment["GIT_\(role)_NAME"] = "Territory Test"
            environment["GIT_\(role)_EMAIL"] = "test@example.com"
        }
        process.environment = environment
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = Pipe()
        try process.run()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus <= 1 else {
            throw GitCommandFailed(arguments: arguments, status: process.terminationStatus, stderr: "")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
