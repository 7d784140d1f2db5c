import Foundation

/// A real git repository in a temporary folder, driven through the git CLI, for scenario tests.
final class GitRepository {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("territory-e2e-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
        try git("config", "commit.gpgsign", "false")
    }

    /// A bare repository in a temporary folder, to push to.
    static func bare() throws -> GitRepository {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("territory-bare-\(UUID().uuidString).git")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let repo = GitRepository(existing: folder)
        try repo.git("init", "-q", "--bare", "-b", "main")
        return repo
    }

    /// Wraps an existing folder (a clone, a demo repository).
    init(existing: URL) { root = existing }

    deinit { try? FileManager.default.removeItem(at: root) }

    var path: String { root.path }

    @discardableResult
    func git(_ arguments: String...) throws -> String { try git(arguments) }

    @discardableResult
    func git(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let result = try Shell.run("/usr/bin/git", arguments, in: root, environment: environment)
        guard result.status == 0 else {
            throw TestFailure("git \(arguments.joined(separator: " ")) failed: \(result.stderr)")
        }
        return result.stdout
    }

    func write(_ path: String, _ text: String = "content\n") throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func commitAll(_ message: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "--allow-empty", "-m", message)
    }

    /// A new branch from `base` holding one commit made by `changes`; returns to `base` after.
    func branch(_ name: String, from base: String = "main", changes: () throws -> Void) throws {
        try git("checkout", "-q", "-b", name, base)
        try changes()
        try commitAll("\(name): work")
        try git("checkout", "-q", base)
    }

    /// Everything a check must leave as it was: refs, index, objects, working-tree status.
    func fingerprint() throws -> String {
        let refs = try git("for-each-ref", "--format=%(refname) %(objectname)")
        let index = (try? Data(contentsOf: root.appendingPathComponent(".git/index")))?.base64EncodedString() ?? ""
        let objects = try git("count-objects", "-v")
        let status = try git("status", "--porcelain", "--ignored")
        return [refs, index, objects, status].joined(separator: "\n--\n")
    }
}
