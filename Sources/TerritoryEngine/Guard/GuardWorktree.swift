import Foundation
import TerritoryGit

/// A working tree the guard looks at (the agent's own, or the one a written file lies in): its
/// repository, its folders with every link resolved, and the trusted plan — the base branch
/// tip's, HEAD's only where the base has none.
struct GuardWorktree {
    let repository: Repository
    /// The working tree root; nil for a bare repository.
    let root: String?
    let gitDirectory: String
    let commonDirectory: String
    let head: ObjectID?
    let loaded: LoadedPlan?

    init(_ repository: Repository, planPath: String?) throws {
        self.repository = repository
        root = repository.workingDirectory.map(RepositoryPath.resolve)
        gitDirectory = RepositoryPath.resolve(repository.gitDirectory)
        commonDirectory = RepositoryPath.resolve(repository.commonDirectory)
        head = try repository.headCommit()
        let engine = Engine(repository: repository, planPath: planPath)
        loaded = try engine.trustedPlan(base: nil, fallback: head.map { ($0, "HEAD") })?.loaded
        if loaded == nil, planPath != nil { throw engine.loader.missing(in: "HEAD") }
    }

    var name: String { root ?? gitDirectory }

    func isSameWorktree(as other: GuardWorktree) -> Bool { name == other.name }

    func isSameRepository(as other: GuardWorktree) -> Bool { commonDirectory == other.commonDirectory }

    /// The folders whose contents are git's own: this worktree's git directory, the common one
    /// (hooks, config, refs, other worktrees' git directories), and `core.hooksPath`.
    var gitFolders: [String] {
        var folders = [gitDirectory, commonDirectory]
        if let hooks = repository.config("core.hooksPath"), !hooks.isEmpty {
            let base = root ?? gitDirectory
            folders.append(RepositoryPath.resolve(hooks.hasPrefix("/") ? hooks : base + "/" + hooks))
        }
        return folders
    }

    /// True when `path` (absolute, resolved) is one of git's own files.
    func isGitFile(_ path: String) -> Bool {
        gitFolders.contains { RepositoryPath.inside(path, root: $0) != nil }
    }

    /// The agent this worktree belongs to by its own settings (its `territory.agent`, its
    /// branch), not by whoever is writing.
    func owner() throws -> AgentIdentity? {
        guard let plan = loaded?.plan else { return nil }
        return try IdentityResolver(plan: plan, repository: repository, environment: [:])
            .resolve(explicit: nil, branch: repository.currentBranch())
    }

    /// The working-tree folder that a path inside a `.git` folder, or the `.git` file of a linked
    /// worktree, belongs to.
    static func folderOwningGitPath(_ path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard let index = parts.firstIndex(of: ".git") else { return nil }
        return "/" + parts[..<index].joined(separator: "/")
    }
}
