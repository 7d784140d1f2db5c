import Foundation
import TerritoryEngine

/// Carries out the steps the engine decided for `territory worktrees`, in order, with git; one
/// line per change made. Stops at the first step git refuses: what was done is printed, and a
/// second run continues from there.
struct WorktreeRunner {
    let git: GitWorktrees
    let hooks: HookInstaller

    func run(_ steps: [WorktreeStep], report: (String) -> Void) throws {
        for step in steps {
            do {
                if let line = try perform(step) { report(line) }
            } catch let error as GitCommandError {
                throw UserError("\(error)", hint: Self.hint(for: step))
            }
        }
    }

    /// The line for a step that changed something; nil when nothing changed.
    private func perform(_ step: WorktreeStep) throws -> String? {
        switch step {
        case .enableWorktreeConfig:
            try git.git(["config", WorktreeKeys.worktreeConfig, "true"])
            try git.git(["config", WorktreeKeys.madeWorktreeConfig, "true"])
            return "set \(WorktreeKeys.worktreeConfig)=true (git config: each worktree keeps its own territory.agent)"
        case .createBranch(let branch, let commit, let from):
            try git.git(["branch", "--no-track", branch, commit])
            return "created branch \(branch) at \(from)"
        case .addWorktree(let path, let branch):
            try git.git(["worktree", "add", "--quiet", path, branch])
            return "added worktree \(path) on \(branch)"
        case .recordAgent(let path, let agent, let origin):
            try git.git(["config", "--worktree", WorktreeKeys.agent, agent], in: path)
            try git.git(["config", "--worktree", WorktreeKeys.origin, origin.rawValue], in: path)
            return "set \(WorktreeKeys.agent)=\(agent) in \(path) (git config --worktree)"
        case .installHooks:
            var changed: [String] = []
            for name in InstallHooksCommand.clientHooks {
                let outcome = try hooks.install(name)
                if outcome != .unchanged { changed.append("\(name) \(outcome.rawValue)") }
            }
            guard !changed.isEmpty else { return nil }
            if git.configValue(WorktreeKeys.madeHooks, file: git.commonDirectory + "/config") == nil {
                try git.git(["config", WorktreeKeys.madeHooks, "true"])
            }
            return "hooks in \(hooks.folder), shared by every worktree: " + changed.joined(separator: ", ")
        case .removeWorktree(let path, let agent):
            try git.git(["worktree", "remove", path])
            // `git worktree add` made the folder that holds the worktrees; once empty, it goes too.
            let parent = (path as NSString).deletingLastPathComponent
            if (try? FileManager.default.contentsOfDirectory(atPath: parent))?.isEmpty == true,
               (try? FileManager.default.removeItem(atPath: parent)) != nil {
                return "removed \(agent)'s worktree \(path), and the empty folder \(parent)"
            }
            return "removed \(agent)'s worktree \(path)"
        case .deleteBranch(let branch):
            try git.git(["branch", "-D", branch])
            return "deleted branch \(branch) (territory created it, and it holds nothing beyond the base)"
        case .disableWorktreeConfig:
            try git.git(["config", "--unset", WorktreeKeys.worktreeConfig])
            if (try? git.git(["config", "--file", git.commonDirectory + "/config", "--get-regexp", "^extensions\\."])) == nil {
                _ = try? git.git(["config", "--remove-section", "extensions"])
            }
            return "unset \(WorktreeKeys.worktreeConfig) (territory had set it)"
        case .uninstallHooks:
            var changed: [String] = []
            for name in InstallHooksCommand.clientHooks {
                let outcome = try hooks.uninstall(name)
                if outcome != .absent { changed.append("\(name) \(outcome.rawValue)") }
            }
            return changed.isEmpty ? nil : "hooks in \(hooks.folder): " + changed.joined(separator: ", ")
        case .forgetRecord:
            try git.git(["config", "--remove-section", WorktreeKeys.recordSection])
            return "removed territory's record (git config \(WorktreeKeys.recordSection).*)"
        }
    }

    private static func hint(for step: WorktreeStep) -> String {
        switch step {
        case .removeWorktree(let path, _):
            "git keeps a worktree with changes: commit or discard them in \(path), then run `territory worktrees --remove` again"
        case .addWorktree(let path, _):
            "check that \(path) can be created; what is done so far stays, and running the command again continues"
        default:
            "what is done so far stays; fix the cause and run the command again, it continues where it stopped"
        }
    }
}
