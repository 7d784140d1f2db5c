import Foundation

/// A real git repository in a temporary folder, driven through the git CLI, for scenario tests.
public final class GitRepository {
    public let root: URL

    public init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("territory-e2e-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
        try git("config", "commit.gpgsign", "false")
    }

    /// A bare repository in a temporary folder, to push to.
    public static func bare() throws -> GitRepository {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("territory-bare-\(UUID().uuidString).git")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let repo = GitRepository(existing: folder)
        try repo.git("init", "-q", "--bare", "-b", "main")
        return repo
    }

    /// Wraps an existing folder (a clone, a demo repository).
    public init(existing: URL) { root = existing }

    deinit { try? FileManager.default.removeItem(at: root) }

    public var path: String { root.path }

    @discardableResult
    public func git(_ arguments: String...) throws -> String { try git(arguments) }

    @discardableResult
    public func git(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let result = try Shell.run("/usr/bin/git", arguments, in: root, environment: environment)
        guard result.status == 0 else {
            throw TestFailure("git \(arguments.joined(separator: " ")) failed: \(result.stderr)")
        }
        return result.stdout
    }

    public func write(_ path: String, _ text: String = "content\n") throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    public func commitAll(_ message: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "--allow-empty", "-m", message)
    }

    /// A new branch from `base` holding one commit made by `changes`; returns to `base` after.
    public func branch(_ name: String, from base: String = "main", changes: () throws -> Void) throws {
        try git("checkout", "-q", "-b", name, base)
        try changes()
        try commitAll("\(name): work")
        try git("checkout", "-q", base)
    }

    /// Everything a check must leave as it was: refs, index, objects, working-tree status.
    public func fingerprint() throws -> String {
        // `git status` first: it may refresh the index's stat data itself (a file whose inode
        // changed, say by a new hard link), which must not count as territory's write.
        let status = try git("status", "--porcelain", "--ignored")
        let refs = try git("for-each-ref", "--format=%(refname) %(objectname)")
        let index = (try? Data(contentsOf: root.appendingPathComponent(".git/index")))?.base64EncodedString() ?? ""
        let objects = try git("count-objects", "-v")
        return [refs, index, objects, status].joined(separator: "\n--\n")
    }
}

/// Runs programs for the tests, capturing their output. Standard input is empty.
public enum Shell {
    public static func run(_ executable: String, _ arguments: [String], in directory: URL,
                    environment: [String: String] = [:], input: String? = nil) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for key in env.keys where key.hasPrefix("GIT_") || key == "TERRITORY_AGENT" { env[key] = nil }
        env.merge(TestEnvironment.git) { _, new in new }
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // Read before waiting, so a large output cannot fill the pipe and block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// What a child process did: its exit status and everything it printed.
public struct ProcessResult {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// A fixed identity and clock for git, and no user or system configuration, so that test
/// repositories are the same on every machine.
public enum TestEnvironment {
    public static let git: [String: String] = [
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
        "GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2026-01-01T00:00:00Z",
        "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null", "NO_COLOR": "",
    ]
}

/// A test set-up step that failed (git refused, a fixture is missing).
public struct TestFailure: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
