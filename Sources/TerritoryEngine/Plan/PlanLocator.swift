import TerritoryGit
import TerritoryKit

/// Finds the plan file in a tree: `--plan` (a file, or a folder holding agent-assignments.md),
/// else discovery: the plan of each orchestration folder (`.context-kit/orchestration/<plan>/`,
/// `.claude/orchestration/[<plan>/]`, `docs/orchestration/<plan>/`), and files named like a plan
/// anywhere outside vendored folders (`*agent*assign*.md`, `WORK_ASSIGNMENT.md`,
/// `AGENTS_PLAN.md`, any case). Several candidates are an error that lists them. The orchestration
/// folders, the root and `docs/` are searched first; the rest of the tree only when they hold no
/// plan, so that discovery costs what those folders cost.
struct PlanLocator {
    static let fileNames = ["agent-assignments.md", "AGENT_ASSIGNMENTS.md"]
    /// Where some plans define their agents when they have no agent-assignments.md.
    static let siblingName = "orchestration-plan.md"
    static let orchestrationRoots = [".context-kit/orchestration", ".claude/orchestration", "docs/orchestration"]
    /// Plan names found anywhere, lower-cased, besides `*agent*assign*.md`.
    static let otherNames = ["work_assignment.md", "agents_plan.md"]
    /// Folders whose files are someone else's (dependencies, references), never the plan.
    static let skippedFolders: Set<String> = ["vendor", "node_modules", "third_party"]
    static let skippedPrefixes = [".context-kit/_ref/"]

    /// What discovery looks for, for the error when it finds nothing.
    static let searched = "agent-assignments.md (or orchestration-plan.md) in .context-kit/orchestration/*/, "
        + ".claude/orchestration/[*/] and docs/orchestration/*/, and files named *agent*assign*.md, "
        + "WORK_ASSIGNMENT.md or AGENTS_PLAN.md (any case) anywhere outside vendor/, node_modules/, "
        + "third_party/ and .context-kit/_ref/"

    let repository: Repository
    let tree: ObjectID

    /// The plan path inside `tree`, or nil when the tree holds none.
    func locate(_ requested: String?) throws -> String? {
        if let requested { return try locateRequested(requested) }
        // The usual places first, each a small listing; the whole tree (100,000 paths in a
        // monorepo, paid by every hook) only when none of them holds a plan.
        var usual: [String] = []
        for root in Self.orchestrationRoots { usual += try repository.files(inTree: tree, under: root) }
        usual += try repository.filesDirectly(inTree: tree, in: "") + repository.filesDirectly(inTree: tree, in: "docs")
        var found = Self.discover(usual)
        if found.isEmpty { found = Self.discover(try repository.files(inTree: tree)) }
        guard found.count <= 1 else {
            throw UserError(
                "several plans found: " + found.joined(separator: ", "),
                hint: "choose one with --plan, e.g. --plan \(found[0])")
        }
        return found.first
    }

    /// The plans discovery finds among a tree's file paths: one per orchestration folder (its
    /// agent-assignments.md, else another plan-named file, else orchestration-plan.md), then the
    /// plan-named files elsewhere, each list sorted.
    static func discover(_ paths: [String]) -> [String] {
        var byFolder: [String: [String]] = [:]
        var elsewhere: [String] = []
        for path in paths where !isSkipped(path) {
            if let folder = orchestrationFolder(of: path) {
                byFolder[folder, default: []].append(path)
            } else if !isInOrchestrationRoot(path), isPlanName(fileName(path)) {
                elsewhere.append(path)
            }
        }
        var found: [String] = []
        for (_, files) in byFolder.sorted(by: { $0.key < $1.key }) {
            let sorted = files.sorted()
            let main = sorted.first { fileNames.contains(fileName($0)) }
                ?? sorted.first { isPlanName(fileName($0)) }
                ?? sorted.first { fileName($0) == siblingName }
            if let main { found.append(main) }
        }
        return found + elsewhere.sorted()
    }

    /// `*agent*assign*.md`, `WORK_ASSIGNMENT.md`, `AGENTS_PLAN.md`, in any case.
    static func isPlanName(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard lower.hasSuffix(".md") else { return false }
        if otherNames.contains(lower) { return true }
        guard let agent = lower.range(of: "agent") else { return false }
        return lower[agent.upperBound...].contains("assign")
    }

    static func isSkipped(_ path: String) -> Bool {
        if skippedPrefixes.contains(where: { path.hasPrefix($0) }) { return true }
        return path.split(separator: "/").dropLast().contains { skippedFolders.contains(String($0)) }
    }

    /// The orchestration folder a file sits directly in (`<root>/<plan>/` or `<root>/`), if any.
    private static func orchestrationFolder(of path: String) -> String? {
        for root in orchestrationRoots where path.hasPrefix(root + "/") {
            let rest = path.dropFirst(root.count + 1).split(separator: "/", omittingEmptySubsequences: false)
            if rest.count == 1 { return root }
            if rest.count == 2 { return root + "/" + rest[0] }
        }
        return nil
    }

    private static func isInOrchestrationRoot(_ path: String) -> Bool {
        orchestrationRoots.contains { path.hasPrefix($0 + "/") }
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private func locateRequested(_ requested: String) throws -> String? {
        var path = requested
        while path.hasPrefix("./") { path.removeFirst(2) }
        while path.hasSuffix("/") { path.removeLast() }
        if try repository.blobID(at: path, inTree: tree) != nil { return path }
        for name in Self.fileNames + [Self.siblingName] where try repository.blobID(at: path + "/" + name, inTree: tree) != nil {
            return path + "/" + name
        }
        return nil
    }

    /// True when discovery could take `path` for a plan (without `--plan`): a plan-named file
    /// or orchestration-plan.md directly in an orchestration folder, or a plan-named file anywhere
    /// else outside the skipped folders. Kept beside `discover`, whose rules it restates per path.
    static func isDiscoverable(_ path: String) -> Bool {
        guard !isSkipped(path) else { return false }
        let name = fileName(path)
        if orchestrationFolder(of: path) != nil { return isPlanName(name) || name == siblingName }
        return !isInOrchestrationRoot(path) && isPlanName(name)
    }

    /// `findings` with `plan-modified` for every plan file the change adds beside the trusted one
    /// (it replaces a weaker finding on that path): with a second plan, discovery finds two and
    /// every later check must stop, so no agent may add one.
    static func withSecondPlans(_ findings: [Finding], changes: [ChangedPath], plan: Plan, agentID: String) -> [Finding] {
        let added = changes.filter { $0.status == .added || $0.status == .renamed }.map(\.path).filter { path in
            path != plan.file && isDiscoverable(path) && !findings.contains { $0.rule == "plan-modified" && $0.path == path }
        }
        // `.territory.yml` decides severities, ignored and shared paths: it is the plan's too.
        let config = changes.flatMap(\.touchedPaths).filter { $0 == RepositoryConfig.fileName }
        return findings.filter { !added.contains($0.path) && !config.contains($0.path) } + added.map { path in
            Finding(
                rule: "plan-modified", severity: .error, agent: agentID, path: path,
                message: "adds `\(path)`, a second plan file that plan discovery would pick up beside \(plan.file)",
                plan: SourceLocation(file: plan.file, line: 1),
                hint: "drop it from this change (`git rm --cached \(path)`); plans are added by the orchestrator on the base branch")
        } + config.prefix(1).map { path in
            Finding(
                rule: "plan-modified", severity: .error, agent: agentID, path: path,
                message: "changed `\(path)`, the repository configuration that decides what territory reports",
                plan: SourceLocation(file: plan.file, line: 1),
                hint: "drop it from this change (`git checkout <base> -- \(path)`); the orchestrator changes it on the base branch")
        }
    }
}
