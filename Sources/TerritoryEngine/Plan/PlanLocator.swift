import TerritoryGit
import TerritoryKit

/// Finds the plan file in a tree: `--plan` (a file, or a folder holding agent-assignments.md),
/// else the conventional places. Several candidates are an error that lists them.
struct PlanLocator {
    static let fileNames = ["agent-assignments.md", "AGENT_ASSIGNMENTS.md"]
    /// Where some plans define their agents when they have no agent-assignments.md.
    static let siblingName = "orchestration-plan.md"
    static let folders = ["", "docs/"]
    static let orchestrationRoots = [".context-kit/orchestration", ".claude/orchestration"]

    let repository: Repository
    let tree: ObjectID

    /// The plan path inside `tree`, or nil when the tree holds none.
    func locate(_ requested: String?) throws -> String? {
        if let requested { return try locateRequested(requested) }
        var found: [String] = []
        for root in Self.orchestrationRoots {
            let files = try repository.files(inTree: tree, under: root).filter { $0.split(separator: "/").count == 4 }
            let byFolder = Dictionary(grouping: files) { String($0[..<($0.lastIndex(of: "/") ?? $0.endIndex)]) }
            for (_, paths) in byFolder.sorted(by: { $0.key < $1.key }) {
                let main = paths.first { path in Self.fileNames.contains { path.hasSuffix("/" + $0) } }
                if let plan = main ?? paths.first(where: { $0.hasSuffix("/" + Self.siblingName) }) { found.append(plan) }
            }
        }
        for folder in Self.folders {
            for name in Self.fileNames where try repository.blobID(at: folder + name, inTree: tree) != nil {
                found.append(folder + name)
            }
        }
        guard found.count <= 1 else {
            throw UserError(
                "several plans found: " + found.joined(separator: ", "),
                hint: "choose one with --plan, e.g. --plan \(found[0])")
        }
        return found.first
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

    /// True when discovery would take `path` for a plan (without `--plan`): a file of the
    /// conventional names in an orchestration folder, at the root or in `docs/`.
    static func isDiscoverable(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let name = parts.last else { return false }
        if parts.count == 4, orchestrationRoots.contains(parts[0] + "/" + parts[1]) {
            return fileNames.contains(name) || name == siblingName
        }
        return fileNames.contains(name) && folders.contains(parts.dropLast().map { $0 + "/" }.joined())
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
