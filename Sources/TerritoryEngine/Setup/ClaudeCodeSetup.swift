import TerritoryGit
import TerritoryKit

/// What `territory setup claude-code` is asked for.
public struct ClaudeCodeSetupRequest: Sendable {
    /// The integration branch whose plan is set up (nil: `territory.base`, main, master, …).
    public var base: String?
    /// Only the agents of this wave; nil: every agent.
    public var wave: Int?
    /// `isolation: worktree` in every definition.
    public var isolation: Bool
    /// Replace definitions that differ from what territory would write.
    public var force: Bool
    /// The guard hook, with the territory binary's absolute path.
    public var guardHook: GuardHook

    public init(base: String?, wave: Int?, isolation: Bool, force: Bool, guardHook: GuardHook) {
        self.base = base
        self.wave = wave
        self.isolation = isolation
        self.force = force
        self.guardHook = guardHook
    }
}

/// The files `setup claude-code` would write, and the plan they came from.
public struct ClaudeCodeSetupResult: Sendable {
    public var planFile: String
    public var planSource: String
    public var files: [SetupFile]
}

/// `territory setup claude-code`: one subagent definition per agent of the plan (or of one
/// wave), and the session-level guard merged into `.claude/settings.json`. Decides every file
/// from the existing ones the caller reads for it; writes nothing.
struct ClaudeCodeSetup {
    static let agentsFolder = ".claude/agents"
    static let settingsFile = ".claude/settings.json"

    let repository: Repository
    let planPath: String?

    /// `existing` reads a file of the working tree by its repository-relative path (nil when absent).
    func run(_ request: ClaudeCodeSetupRequest, existing: (String) -> String?) throws -> ClaudeCodeSetupResult {
        let setup = try SetupPlan(repository: repository, planPath: planPath, base: request.base, wave: request.wave)
        let tree = try repository.tree(ofCommit: setup.loaded.commit)
        let contracts = try ContractCheck(repository: repository, map: TerritoryMap(plan: setup.plan), tree: tree).contracts
        var texts: [String: String] = [:]
        var files: [SetupFile] = []
        for agent in setup.agents {
            try Self.validateName(agent)
            if texts[agent.location.file] == nil {
                texts[agent.location.file] = try repository.blob(at: agent.location.file, inTree: tree).map { String(decoding: $0, as: UTF8.self) } ?? ""
            }
            let definition = SubagentDefinition(
                agent: agent, plan: setup.plan,
                summary: AgentSummary.firstLine(in: texts[agent.location.file] ?? "", headingLine: agent.location.line),
                contracts: contracts, guardHook: request.guardHook, isolation: request.isolation)
            let path = "\(Self.agentsFolder)/\(agent.id).md"
            files.append(Self.file(path, definition.text, existing: existing(path), force: request.force))
        }
        let settings = existing(Self.settingsFile)
        let merged = try ClaudeSettingsMerge(matcher: GuardHook.matcher, command: request.guardHook.command(agent: nil))
            .merge(into: settings, file: Self.settingsFile)
        files.append(SetupFile(path: Self.settingsFile, contents: merged ?? settings ?? "",
                               action: merged == nil ? .unchanged : settings == nil ? .create : .merge))
        return ClaudeCodeSetupResult(planFile: setup.plan.file, planSource: setup.loaded.source, files: files)
    }

    private static func file(_ path: String, _ text: String, existing: String?, force: Bool) -> SetupFile {
        guard let existing else { return SetupFile(path: path, contents: text, action: .create) }
        if existing == text { return SetupFile(path: path, contents: text, action: .unchanged) }
        return SetupFile(path: path, contents: text, action: force ? .replace : .kept)
    }

    /// Claude Code loads a subagent whose `name` is "lowercase letters and hyphens"; it skips a
    /// name that starts with `-` or holds `:`. Plan ids are slugs (`api-agent`, `agent-2`), so
    /// this only refuses what no plan should produce.
    static func validateName(_ agent: Agent) throws {
        let words = agent.id.split(separator: "-", omittingEmptySubsequences: false)
        let valid = !words.isEmpty && words.allSatisfy { word in
            !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        } && agent.id.contains(where: \.isLetter)
        guard valid else {
            throw UserError("agent id `\(agent.id)` (\(agent.location)) is not a Claude Code subagent name (lowercase letters, digits and hyphens)",
                            hint: "give the agent a kebab-case id in the plan, such as `api-agent`")
        }
    }
}
