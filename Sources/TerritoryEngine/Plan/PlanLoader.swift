import TerritoryGit
import TerritoryKit

/// A plan read from a tree, with where it came from ("main@1a2b3c4") and what it brings along.
/// Whether that tree was trusted is the caller's to say (`plan-untrusted`).
public struct LoadedPlan {
    public var plan: Plan
    public var source: String
    /// The commit whose tree the plan (and its contracts) came from.
    public var commit: ObjectID
    /// Waivers from the plan's Waivers section.
    public var waivers: [Waiver] = []
}

/// Reads the plan from a tree of the repository, never from the working tree: the plan that
/// judges a change must not come from the change.
struct PlanLoader {
    let repository: Repository
    let requested: String?

    /// The plan in `commit`'s tree, or nil when that tree has none.
    func load(from commit: ObjectID, named refName: String) throws -> LoadedPlan? {
        let tree = try repository.tree(ofCommit: commit)
        guard let path = try PlanLocator(repository: repository, tree: tree).locate(requested),
              let bytes = try repository.blob(at: path, inTree: tree)
        else { return nil }
        var files = [(path: path, text: String(decoding: bytes, as: UTF8.self))]
        let sibling = Self.sibling(of: path)
        if sibling != path, let siblingBytes = try repository.blob(at: sibling, inTree: tree) {
            files.append((sibling, String(decoding: siblingBytes, as: UTF8.self)))
        }
        var plan = PlanReader().read(files: files)
        let bareNames = BareNameResolver()
        if bareNames.needsFiles(plan) { plan = bareNames.resolve(plan, files: try repository.files(inTree: tree)) }
        let (waivers, invalid) = WaiverParser.parse(planText: files[0].text, file: path)
        plan.diagnostics += invalid
        let short = String(commit.description.prefix(7))
        return LoadedPlan(plan: plan, source: "\(refName)@\(short)", commit: commit, waivers: waivers)
    }

    /// `orchestration-plan.md` next to the plan file: some plans define agents there too.
    static func sibling(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return PlanLocator.siblingName }
        return String(path[...slash]) + PlanLocator.siblingName
    }

    /// The error for a tree without a plan, naming what was looked for.
    func missing(in refName: String) -> UserError {
        if let requested {
            return UserError("no plan at \(requested) in \(refName)",
                             hint: "check the path with `git ls-tree -r --name-only \(refName)`; plans are read from git, not from the working tree")
        }
        return UserError(
            "no plan found in \(refName): looked for .context-kit/orchestration/*/agent-assignments.md, agent-assignments.md, AGENT_ASSIGNMENTS.md and docs/",
            hint: "commit the plan to \(refName), or name it with --plan PATH")
    }
}

/// The warning for a plan read from the change itself because the base has none yet.
enum PlanUntrusted {
    static let rule = "plan-untrusted"

    static func finding(plan: Plan, base: String) -> Finding {
        Finding(
            rule: rule, severity: .warning, agent: nil, path: plan.file,
            message: "\(base) has no plan yet, so the plan was read from the branch being checked; a branch can widen its own territory this way",
            plan: SourceLocation(file: plan.file, line: 1),
            hint: "merge the plan into \(base) first, so that later checks read it from there")
    }
}
