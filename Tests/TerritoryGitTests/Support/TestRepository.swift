import Foundation

/// A real git repository in a fresh temporary directory, driven by the `git` CLI, so tests
/// compare TerritoryGit against git itself. The directory is removed when the value goes away.
final class TestRepository {
    /// The temporary directory; the repository's working tree is `path`.
    let sandbox: URL
    let path: String

    /// Creates `sandbox/name` and runs `git init` there (branch `main`), unless `initialize` is false.
    init(name: String = "repo", initialize: Bool = true) throws {
        sandbox = FileManager.default.temporaryDirectory
            .appendingPathComponent("territory-git-\(UUID().uuidString)", isDirectory: true)
        path = sandbox.appendingPathComponent(name).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        if initialize { try git("init", "-q") }
    }

    deinit { try? FileManager.default.removeItem(at: sandbox) }

    /// Runs git in `directory` (default: the repository) and returns its trimmed standard output.
    @discardableResult
    func git(_ arguments: String..., in directory: String? = nil, environment: [String: String] = [:], input: Data? = nil) throws -> String {
        let output = try gitData(arguments, in: directory, environment: environment, input: input)
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs git and returns its raw output, for `-z` listings.
    func gitData(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:], input: Data? = nil) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-c", "init.defaultBranch=main", "-c", "advice.detachedHead=false"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? path)
        process.environment = Self.environment(sandbox: sandbox.path).merging(environment) { $1 }
        let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GitCommandFailed(arguments: arguments, status: process.terminationStatus, stderr: String(decoding: errors, as: UTF8.self))
        }
        return output
    }

    /// A clean environment: no GIT_* leaking in from the caller (or another test), fixed
    /// identities and dates, and a private HOME so the user's global config cannot interfere.
    private static func environment(sandbox: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["HOME"] = sandbox
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        for role in ["AUTHOR", "COMMITTER"] {
            environment["GIT_\(role)_NAME"] = "Territory Test"
            environment["GIT_\(role)_EMAIL"] = "test@example.com"
            environment["GIT_\(role)_DATE"] = "2024-01-01T00:00:00Z"
        }
        return environment
    }

    /// Writes a file (creating folders), relative to the working tree.
    func write(_ file: String, _ content: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(file)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: url)
    }

    func remove(_ file: String) throws {
        try FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).appendingPathComponent(file).path)
    }

    /// Stages everything and commits; returns the new commit's id.
    @discardableResult
    func commitAll(_ message: String = "change") throws -> String {
        try git("add", "-A")
        try git("commit", "-q", "--allow-empty", "-m", message)
        return try git("rev-parse", "HEAD")
    }
}
