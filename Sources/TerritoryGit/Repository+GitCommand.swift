import Clibgit2
import Foundation

/// The staged changes through git's own CLI, for the indexes libgit2 1.5 cannot read: a split
/// index (`link` extension) or a sparse index (`sdir`). Slower than the fast path (a process),
/// but exact, and only taken for those indexes: a hook runs where git runs, so git is there.
extension Repository {
    /// True when `error` is libgit2 refusing the index for an extension it does not know.
    static func isUnreadableIndex(_ error: GitError) -> Bool {
        error.message.contains("unsupported mandatory extension")
    }

    /// `git diff-index --cached --raw -z --no-renames HEAD` (or against the empty tree before the
    /// first commit), in this repository and with its index file, as change records.
    func gitCommandStagedRecords() throws(GitError) -> [ChangeRecord] {
        let emptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
        let base = try headCommit()?.description ?? emptyTree
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_DIR"] = gitDirectory
        environment["GIT_INDEX_FILE"] = indexFilePath
        if let workingDirectory { environment["GIT_WORK_TREE"] = workingDirectory }
        let output: Data
        do {
            output = try Self.runGit(["diff-index", "--cached", "--raw", "-z", "--no-renames", base], environment: environment)
        } catch {
            throw GitError(function: "git diff-index", code: -1, message: "\(error)",
                           hint: "this index (split or sparse) needs git itself to read it; or make it plain with `git update-index --no-split-index`")
        }
        return try Self.parseRaw([UInt8](output))
    }

    /// Parses `:oldmode newmode oldsha newsha status\0path\0` records.
    static func parseRaw(_ bytes: [UInt8]) throws(GitError) -> [ChangeRecord] {
        let fields = bytes.split(separator: 0, omittingEmptySubsequences: false)
        var records: [ChangeRecord] = []
        var index = 0
        while index + 1 < fields.count, !fields[index].isEmpty {
            let header = String(decoding: fields[index], as: UTF8.self).dropFirst().split(separator: " ")
            let path = Array(fields[index + 1])
            index += 2
            guard header.count == 5, let oldMode = UInt32(header[0], radix: 8), let newMode = UInt32(header[1], radix: 8),
                  let status = ChangeStatus(rawValue: String(header[4].prefix(1)))
            else { throw GitError(function: "git diff-index", code: -1, message: "unexpected output: \(header.joined(separator: " "))") }
            records.append(ChangeRecord(
                status: status, path: path, oldPath: nil,
                oldID: status == .added ? nil : ObjectID(hex: String(header[2])),
                newID: status == .deleted ? nil : ObjectID(hex: String(header[3])),
                oldMode: status == .added ? nil : oldMode, newMode: status == .deleted ? nil : newMode))
        }
        return records
    }

    private static func runGit(_ arguments: [String], environment: [String: String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GitError(function: "git " + (arguments.first ?? ""), code: process.terminationStatus,
                           message: String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return data
    }
}

extension ObjectID {
    /// From 40 hexadecimal characters; nil when it is not one.
    init?(hex: String) {
        var oid = git_oid()
        guard hex.count == 40, git_oid_fromstr(&oid, hex) == 0 else { return nil }
        self.init(oid)
    }
}
