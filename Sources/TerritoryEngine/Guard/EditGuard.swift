import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TerritoryGit
import TerritoryKit

/// Judges what an agent is about to write, as `check` would judge it once committed, before it
/// happens: the files the tool really writes (links followed, shell commands read), each judged
/// by the plan and the rules of the worktree it lies in, as the agent making the edit (identity
/// from the flag, the environment, git config or the branch of the agent's own worktree).
///
/// When territory cannot be sure, it refuses with a reason that says what to do: a write into
/// git's own files, into another agent's worktree, a command that would switch territory's hooks
/// off, and (unless `unseenWrites` is `.ask`) a tool or command whose target it cannot see.
public struct EditGuard {
    let planPath: String?
    let agent: String?
    let requireAgent: Bool
    let environment: [String: String]
    let unseenWrites: UnseenWritePolicy
    /// The subagent the request names, for the request being judged.
    private var subagent: String?

    public init(planPath: String?, agent: String?, requireAgent: Bool, environment: [String: String],
                unseenWrites: UnseenWritePolicy = .deny) {
        self.planPath = planPath
        self.agent = agent
        self.requireAgent = requireAgent
        self.environment = environment
        self.unseenWrites = unseenWrites
    }

    static let noIdentity = "territory: this worktree has no agent identity, and --require-agent is set. "
        + "Set TERRITORY_AGENT or `git config territory.agent ID` for the worktree."

    /// `directory` (`-C`) overrides the agent's folder; `currentDirectory` is where the guard
    /// runs, for requests that name neither.
    public func judge(_ request: GuardRequest, directory: String?, currentDirectory: String) throws -> GuardVerdict {
        guard !request.isReadOnly else { return .allow(note: nil) }
        var guarding = self
        guarding.subagent = request.agentName
        return try guarding.judgeWrites(request, directory: directory, currentDirectory: currentDirectory)
    }

    private func judgeWrites(_ request: GuardRequest, directory: String?, currentDirectory: String) throws -> GuardVerdict {
        let folder = RepositoryPath.resolve(directory ?? request.workingDirectory ?? currentDirectory)
        if let directory, !FileManager.default.fileExists(atPath: directory) {
            throw UserError("\(directory) does not exist", hint: "pass -C with a folder inside a git repository")
        }
        if request.paths.isEmpty, !request.namesNothing {
            // A command that writes nothing territory judges (`ls`, `npm test`) needs no repository.
            let writes = GuardWrites(request, folder: folder, root: nil, home: environment["HOME"])
            if writes.targets.isEmpty, writes.refused.isEmpty, writes.unseen.isEmpty, writes.commits.isEmpty { return .allow(note: nil) }
        }
        var worktrees = Worktrees(planPath: planPath)
        let acting = try worktrees.containing(folder)
        let writes = GuardWrites(request, folder: folder, root: acting?.root, home: environment["HOME"])
        let groups = try worktrees.group(writes.targets, acting: acting)
        let home = acting ?? groups.first?.worktree

        var verdict = Verdict()
        for group in groups {
            try judge(group, acting: acting, into: &verdict)
        }
        if verdict.missingIdentity { return .deny(reason: Self.noIdentity) }
        let unseen = (request.namesNothing ? [unknownTool(request.toolName)] : []) + writes.unseen
        if !writes.refused.isEmpty || !unseen.isEmpty {
            // Judged for the agent's own worktree (or, outside any, the first one written to).
            if let home, let loaded = home.loaded {
                let identity = try resolveIdentity(plan: loaded.plan, actor: home)
                if identity == nil, requireAgent, !unseen.isEmpty { return .deny(reason: Self.noIdentity) }
                if let identity {
                    verdict.agent(identity.agentID, plan: loaded.plan)
                    verdict.unseen += unseen
                }
                verdict.refusals += writes.refused
            } else if home == nil {
                verdict.refusals += writes.refused
            }
        }
        if !writes.commits.isEmpty, let home, let loaded = home.loaded, let identity = try resolveIdentity(plan: loaded.plan, actor: home) {
            verdict.agent(identity.agentID, plan: loaded.plan)
            verdict.refusals += unnamedCommits(writes.commits, agent: identity.agentID, key: loaded.config.trailer, in: home.repository)
        }
        let reason = GuardReason(agentID: verdict.agentID, refusals: verdict.refusals + verdict.unseen, territory: verdict.territory)
        if !verdict.refusals.isEmpty { return .deny(reason: reason.text) }
        if !verdict.unseen.isEmpty { return unseenWrites == .ask ? .ask(reason: reason.text) : .deny(reason: reason.text) }
        return .allow(note: verdict.notes.isEmpty ? nil : verdict.notes.joined(separator: "; "))
    }

    /// What the judging of each worktree adds up to.
    struct Verdict {
        var refusals: [GuardRefusal] = []
        var unseen: [GuardRefusal] = []
        var notes: [String] = []
        var agentID: String?
        var territory: [String] = []
        var missingIdentity = false

        mutating func agent(_ id: String, plan: Plan) {
            guard agentID == nil else { return }
            agentID = id
            territory = GuardReason.territory(of: id, in: plan)
        }
    }

    /// The writes landing in one worktree, judged by its plan, as the acting agent.
    private func judge(_ group: Worktrees.Group, acting: GuardWorktree?, into verdict: inout Verdict) throws {
        let worktree = group.worktree
        guard worktree.head != nil else {
            verdict.notes.append("no commit yet in \(worktree.name), so no trusted plan to judge by")
            return
        }
        guard let loaded = worktree.loaded else { return }
        verdict.refusals += group.gitFiles.map { Self.gitRefusal($0, in: worktree) }
        let actor = acting.flatMap { $0.isSameRepository(as: worktree) ? $0 : nil } ?? worktree
        guard let identity = try resolveIdentity(plan: loaded.plan, actor: actor) else {
            if requireAgent { verdict.missingIdentity = true }
            return
        }
        verdict.agent(identity.agentID, plan: loaded.plan)
        if !worktree.isSameWorktree(as: actor), let owner = try worktree.owner(), owner.agentID != identity.agentID {
            verdict.refusals += group.files.map { file in
                GuardRefusal(subject: file, rule: GuardRefusal.foreignWorktreeRule,
                             message: "this is \(owner.agentID)'s worktree (\(worktree.name), by \(owner.source)), not yours",
                             fix: "write in your own worktree, \(actor.name)")
            }
            return
        }
        verdict.refusals += group.files.compactMap(Self.hardLinkRefusal)
        let changes = try Self.changes(group.files, in: worktree)
        guard !changes.isEmpty else { return }
        let map = TerritoryMap(plan: loaded.plan)
        verdict.refusals += changes.compactMap { change in
            Self.settingsRefusal(change.path, agent: identity.agentID, ownership: map.ownership(of: change.path))
        }
        let findings = WaiverPolicy(loaded: loaded)
            .apply(Checker(map: TerritoryMap(plan: loaded.plan)).check(AgentChange(agentID: identity.agentID, source: identity.source, changes: changes)))
            .filter { $0.severity == .error }
        verdict.refusals += findings.map(GuardRefusal.init)
    }

    private func resolveIdentity(plan: Plan, actor: GuardWorktree) throws -> AgentIdentity? {
        // `--agent` first; then the subagent the tool names, when the plan knows it (built-in
        // subagents such as `general-purpose` are not plan agents and fall through).
        if agent == nil, let name = subagent, let named = plan.agent(named: name) {
            return AgentIdentity(agentID: named.id, source: "the tool's subagent \(name)")
        }
        return try IdentityResolver(plan: plan, repository: actor.repository, environment: environment)
            .resolve(explicit: agent, branch: actor.repository.currentBranch())
    }

    /// The paths of `files` in the worktree, as changes: a folder stands for every tracked file
    /// under it (`rm -r`, `mv` of a folder), a file for itself.
    static func changes(_ files: [String], in worktree: GuardWorktree) throws -> [ChangedPath] {
        guard let root = worktree.root, let head = worktree.head else { return [] }
        let tree = try worktree.repository.tree(ofCommit: head)
        var seen = Set<String>()
        var changes: [ChangedPath] = []
        func add(_ status: ChangedPath.Status, _ path: String) {
            if seen.insert(path).inserted { changes.append(ChangedPath(status: status, path: path)) }
        }
        for file in files {
            guard let relative = RepositoryPath.inside(file, root: root) else { continue }
            var isFolder: ObjCBool = false
            if relative.isEmpty || (FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) && isFolder.boolValue) {
                let tracked = try worktree.repository.files(inTree: tree, under: relative)
                tracked.forEach { add(.modified, $0) }
                if !tracked.isEmpty || relative.isEmpty { continue }
            }
            add(try worktree.repository.blobID(at: relative, inTree: tree) != nil ? .modified : .added, relative)
        }
        return changes
    }

    /// A file with more than one name: writing it writes the others too, wherever they are.
    static func hardLinkRefusal(_ file: String) -> GuardRefusal? {
        var status = stat()
        guard lstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_nlink > 1 else { return nil }
        return GuardRefusal(
            subject: file, rule: GuardRefusal.hardLinkRule,
            message: "this file has \(status.st_nlink) names (hard links): writing it also changes the others, which may lie in another agent's territory",
            fix: "remove this name first (`rm` drops only the link) and write a new file, or edit the file under its own name")
    }

    /// Files that decide whether the agents' checks run at all: the agent tools' hook settings,
    /// git hook managers' configuration, territory's own configuration.
    static let settingsFiles = [
        ".claude/settings.json", ".claude/settings.local.json", ".claude/agents/", ".claude/hooks/",
        ".codex/", ".gemini/", ".cursor/hooks.json", ".cursor/hooks/",
        ".husky/", "lefthook.yml", ".lefthook.yml", "lefthook-local.yml", ".pre-commit-config.yaml", ".territory.yml",
    ]

    /// A write to a file that turns checks on or off, unless the plan gives that very path to
    /// the agent (an entry that names it, not a folder around it).
    static func settingsRefusal(_ path: String, agent: String, ownership: Ownership) -> GuardRefusal? {
        guard settingsFiles.contains(where: { $0.hasSuffix("/") ? path.hasPrefix($0) : path == $0 }) else { return nil }
        if let granted = ownership.match(for: agent, .write), !granted.entry.pattern.contains("*") { return nil }
        return GuardRefusal(
            subject: path, rule: "agent-settings",
            message: "this file decides whether the agents' hooks and checks run (agent tool settings, git hook managers, territory's configuration); no agent may change it",
            fix: "leave it as it is; if it needs a change, ask the person running the agents")
    }

    static func gitRefusal(_ file: String, in worktree: GuardWorktree) -> GuardRefusal {
        let shown = worktree.root.flatMap { RepositoryPath.inside(file, root: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? file
        return GuardRefusal(
            subject: shown, rule: GuardRefusal.gitDirectoryRule,
            message: "this is inside the git directory (hooks, config, refs, worktrees), which no agent may write: it would change how git and territory's hooks run",
            fix: "leave git's own files alone; if the hooks or the configuration need a change, ask the person running the agents")
    }

    private func unknownTool(_ name: String) -> GuardRefusal {
        GuardRefusal(
            subject: "`\(name)`", rule: GuardRefusal.unseenWriteRule,
            message: "territory does not know this tool to be read-only, and it names no file territory can judge (`file_path`, `path`, `paths`, `source`, `destination`, `edits[]`)",
            fix: "use the edit tools for files, or have the hook's matcher leave this tool out if it writes nothing (`--unknown-tool ask` asks instead of refusing)")
    }
}

extension EditGuard {
    /// A `git commit` whose message will not name the agent, where no prepare-commit-msg hook of
    /// territory's adds the trailer: refused with the exact command to run instead, so that
    /// commits on a shared branch can be judged as their agent.
    func unnamedCommits(_ commits: [(messages: [String], trailers: [String], arguments: String)], agent: String, key: String,
                        in repository: Repository) -> [GuardRefusal] {
        guard !HooksFolder.hasTerritoryHook("prepare-commit-msg", for: repository) else { return [] }
        return commits.compactMap { commit in
            let named = Attribution.trailerAgent(commit.messages.joined(separator: "\n\n"), key: key) != nil
                || commit.trailers.contains { $0.lowercased().hasPrefix(key.lowercased() + ":") }
            guard !named else { return nil }
            return GuardRefusal(
                subject: "`git commit`", rule: "missing-trailer",
                message: "this commit would not say whose work it is: its message has no `\(key):` trailer",
                fix: "run `git commit --trailer \"\(key): \(agent)\" \(commit.arguments)` instead")
        }
    }
}
