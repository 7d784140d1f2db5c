import Foundation
import TerritoryGit

/// Opens the repository a command works on: `-C DIR` if given, otherwise the way git itself
/// would from here (the environment first, which hooks need, then discovery from the cwd).
enum RepositoryOpener {
    static func open(_ directory: String?) throws -> Repository {
        if let directory {
            guard FileManager.default.fileExists(atPath: directory) else {
                throw UserError("\(directory) does not exist", hint: "pass -C with a folder inside a git repository")
            }
            return try Repository.open(at: directory)
        }
        return try Repository.openFromEnvironment()
    }
}
