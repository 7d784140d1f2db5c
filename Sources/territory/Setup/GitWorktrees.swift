import Foundation
import TerritoryEngine

/// git itself, for what `territory worktrees` reads and changes: linked worktrees, branches and
/// configuration. libgit2 1.5 can add worktrees but not set per-worktree configuration, and git
/// is where the user will look at the result, so territory asks git for both.
struct GitWorktrees {
    /// The main working tree's root, where every git command runs.
    let root: String
    /// The common git directory (`.git` of the main working tree).
    let commonDirectory: String

    /// What `git worktree list` and territory's records say.
    func state() throws -> (state: WorktreeState, mainBranch: String?) {
        let blocks = try git(["worktree", "list", "--porcelain"]).components(separatedBy: "\n\n").filter { !$0.isEmpty }
        let admins = adminFolders()
        var linked: [LinkedWorktree] = []
        var mainBranch: String?
        for (index, block) in blocks.enumerated() {
            var path: String?, branch: String?
            for line in block.split(separator: "\n") {
                if line.hasPrefix("worktree ") { path = String(line.dropFirst("worktree ".count)) }
                if line.hasPrefix("branch refs/heads/") { branch = String(line.dropFirst("branch refs/heads/".count)) }
            }
            guard let path else { continue }
            if index == 0 { mainBranch = branch; continue }
            let file = admins[path].map { $0 + "/config.worktree" }
            linked.append(LinkedWorktree(
                path: path, branch: branch, agent: file.flatMap { configValue(WorktreeKeys.agent, file: $0) },
                madeBy: file.flatMap { configValue(WorktreeKeys.origin, file: $0) }.flatMap(WorktreeBranchOrigin.init(rawValue:))))
        }
        let common = commonDirectory + "/config"
        let state = WorktreeState(
            worktrees: linked,
            worktreeConfigEnabled: configValue(WorktreeKeys.worktreeConfig, file: common, bool: true) == "true",
            madeWorktreeConfig: configValue(WorktreeKeys.madeWorktreeConfig, file: common) != nil,
            madeHooks: configValue(WorktreeKeys.madeHooks, file: common) != nil)
        return (state, mainBranch)
    }

    /// Each linked worktree's administrative folder (`.git/worktrees/NAME`) by the worktree's
    /// path, from the `gitdir` file git keeps there: it still answers when the worktree's own
    /// folder is gone.
    private func adminFolders() -> [String: String] {
        let folder = commonDirectory + "/worktrees"
        var result: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            let admin = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: admin + "/gitdir") else { continue }
            var gitdir = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if gitdir.hasSuffix("/.git") { gitdir.removeLast("/.git".count) }
            result[gitdir] = admin
        }
        return result
    }

    /// `git config --file FILE --get KEY`, nil when unset or the file is missing.
    func configValue(_ key: String, file: String, bool: Bool = false) -> String? {
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        let value = try? git(["config", "--file", file] + (bool ? ["--bool"] : []) + ["--get", key])
        return value.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// Runs git in `directory` (default: the main working tree); git's message becomes the error.
    @discardableResult
    func git(_ arguments: [String], in directory: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory ?? root] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw UserError("cannot run git: \(error.localizedDescription)", hint: "install git; `territory worktrees` uses it to add worktrees")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GitCommandError(command: "git " + arguments.joined(separator: " "), status: process.terminationStatus,
                                  message: String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A git command that failed, with what git said.
struct GitCommandError: Error, CustomStringConvertible {
    var command: String
    var status: Int32
    var message: String
    var description: String { "\(command) exited \(status)" + (message.isEmpty ? "" : ": \(message)") }
}
