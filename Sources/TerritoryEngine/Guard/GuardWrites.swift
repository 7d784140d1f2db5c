import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The writes a request makes, resolved to the files they would really land on (absolute,
/// every link followed), and the ones the guard refuses or cannot see.
struct GuardWrites {
    var targets: [String] = []
    var refused: [GuardRefusal] = []
    var unseen: [GuardRefusal] = []
    /// `git commit` commands whose message the guard can read, to check they name the agent.
    var commits: [(messages: [String], trailers: [String], arguments: String)] = []

    /// `folder` is where relative paths start (the agent's folder, resolved); `root` the agent's
    /// working tree, for `:/` paths.
    init(_ request: GuardRequest, folder: String, root: String?, home: String?) {
        targets = request.paths.map { RepositoryPath.absolute($0, from: folder, root: root) }
        let commandFolder = request.commandFolder.map { $0.hasPrefix("/") ? $0 : folder + "/" + $0 } ?? folder
        let shell = BashWrites(home: home)
        for command in request.commands {
            add(shell.effects(of: command), from: commandFolder, subject: command)
        }
        for patch in request.patches {
            add(PatchTargets.effects(of: patch), from: folder, subject: "apply_patch")
        }
    }

    private mutating func add(_ effects: [ShellEffect], from folder: String, subject: String) {
        let shown = "`" + Self.oneLine(subject) + "`"
        for effect in effects {
            switch effect {
            case .write(let path):
                targets.append(RepositoryPath.absolute(path, from: folder, root: nil))
            case .writeMatching(let pattern):
                let absolute = pattern.hasPrefix("/") ? pattern : folder + "/" + pattern
                let matches = Self.expand(absolute)
                targets += (matches.isEmpty ? [absolute] : matches).map(RepositoryPath.resolve)
            case .refused(let message):
                refused.append(GuardRefusal(subject: shown, rule: GuardRefusal.refusedCommandRule, message: message,
                                            fix: "leave territory's checks on; if this is really needed, ask the person running the agents"))
            case .unseen(let message):
                unseen.append(GuardRefusal(subject: shown, rule: GuardRefusal.unseenWriteRule, message: message,
                                           fix: "name the file literally in the command, or make the change with the edit tools"))
            case .commit(let messages, let trailers, let arguments):
                commits.append((messages, trailers, arguments))
            }
        }
    }

    /// The files a glob matches now, as the shell would expand it.
    static func expand(_ pattern: String) -> [String] {
        var matches = glob_t()
        defer { globfree(&matches) }
        guard glob(pattern, 0, nil, &matches) == 0 else { return [] }
        return (0..<Int(matches.gl_pathc)).compactMap { matches.gl_pathv[$0].map { String(cString: $0) } }
    }

    /// A command shown in a reason: its first line, at most 80 characters.
    static func oneLine(_ command: String) -> String {
        let first = command.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? command
        let trimmed = first.trimmingCharacters(in: .whitespaces)
        let short = trimmed.count > 80 ? String(trimmed.prefix(77)) + "…" : trimmed
        return short + (first.count < command.trimmingCharacters(in: .whitespacesAndNewlines).count ? " …" : "")
    }
}
