import TerritoryGit

/// The worktrees a request's writes land in, each opened once (with its plan read once), and
/// the writes grouped by worktree: files to judge by the plan, and git's own files.
struct Worktrees {
    let planPath: String?
    private var opened: [String: GuardWorktree] = [:]

    init(planPath: String?) { self.planPath = planPath }

    struct Group {
        let worktree: GuardWorktree
        var files: [String] = []
        var gitFiles: [String] = []
    }

    /// The worktree `folder` (an existing folder) lies in, or nil when it is in no repository.
    mutating func containing(_ folder: String) throws -> GuardWorktree? {
        let repository: Repository
        do {
            repository = try Repository.open(at: folder)
        } catch {
            if error.isNotFound { return nil }
            throw error
        }
        let name = repository.workingDirectory.map(RepositoryPath.resolve) ?? RepositoryPath.resolve(repository.gitDirectory)
        if let known = opened[name] { return known }
        let worktree = try GuardWorktree(repository, planPath: planPath)
        opened[name] = worktree
        return worktree
    }

    /// `targets` (absolute, resolved) by the worktree they land in; paths in no repository are
    /// left out: they are not territory's to judge.
    mutating func group(_ targets: [String], acting: GuardWorktree?) throws -> [Group] {
        var groups: [Group] = []
        func add(_ target: String, to worktree: GuardWorktree, git: Bool) {
            var index = groups.firstIndex { $0.worktree.isSameWorktree(as: worktree) }
            if index == nil {
                groups.append(Group(worktree: worktree))
                index = groups.count - 1
            }
            if let index {
                if git { groups[index].gitFiles.append(target) } else { groups[index].files.append(target) }
            }
        }
        for target in targets {
            if let owner = GuardWorktree.folderOwningGitPath(target) {
                if let worktree = try containing(RepositoryPath.existingFolder(of: owner)) { add(target, to: worktree, git: true) }
                continue
            }
            guard let worktree = try containing(RepositoryPath.existingFolder(of: target)) else { continue }
            let git = worktree.root == nil || worktree.isGitFile(target) || acting?.isGitFile(target) == true
            add(target, to: worktree, git: git)
        }
        return groups
    }
}
