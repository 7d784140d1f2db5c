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
    /// `.territory.yml` of the same tree.
    public var config = RepositoryConfig()
}

/// Reads the plan from a tree of the repository, never from the working tree: the plan that
/// judges a change must not come from the change.
struct PlanLoader {
    let repository: Repository
    let requested: String?

    /// The plan in `commit`'s tree, or nil when that tree has none. `.territory.yml` in the same
    /// tree names the plan when `--plan` does not. With `enforcing`, a plan that cannot judge
    /// anything (no agents, an agent without territory, an invalid entry) stops territory (exit 2)
    /// rather than passing every change; `show`, `who` and `lint` read it anyway, to fix it.
    func load(from commit: ObjectID, named refName: String, enforcing: Bool = true) throws -> LoadedPlan? {
        let tree = try repository.tree(ofCommit: commit)
        let config = try Self.config(in: tree, of: repository, named: refName)
        guard let path = try PlanLocator(repository: repository, tree: tree).locate(requested ?? config.plan),
              let bytes = try repository.blob(at: path, inTree: tree)
        else { return nil }
        if try repository.isSymlink(at: path, inTree: tree) {
            throw UserError("the plan \(path) in \(refName) is a symbolic link; territory reads plans as git stores them and will not follow one",
                            hint: "commit the plan itself at that path, or name the real file with --plan")
        }
        var files = [(path: path, text: try Self.text(bytes, file: path, in: refName))]
        let sibling = Self.sibling(of: path)
        if sibling != path, let siblingBytes = try repository.blob(at: sibling, inTree: tree) {
            files.append((sibling, try Self.text(siblingBytes, file: sibling, in: refName)))
        }
        var plan = PlanReader().read(files: files)
        let bareNames = BareNameResolver()
        if bareNames.needsFiles(plan) { plan = bareNames.resolve(plan, files: try repository.files(inTree: tree)) }
        let (waivers, invalid) = WaiverParser.parse(planText: files[0].text, file: path)
        plan.diagnostics += invalid
        let short = String(commit.description.prefix(7))
        let loaded = LoadedPlan(plan: plan, source: "\(refName)@\(short)", commit: commit, waivers: waivers, config: config)
        if enforcing {
            let problems = plan.enforcementProblems.filter { problem in
                !config.withoutTerritory.contains { problem.hasPrefix("agent \($0) has no territory") }
            }
            if !problems.isEmpty {
                throw UserError("the plan \(path) in \(refName) cannot judge changes:\n  " + problems.joined(separator: "\n  "),
                                hint: "fix the plan (check what was read with `territory show`, `territory lint`); an agent that writes "
                                    + "nothing on purpose goes in .territory.yml's `without-territory:` list")
            }
        }
        return loaded
    }

    /// A plan file's text: UTF-8, byte-order mark dropped; other bytes stop territory (exit 2).
    private static func text(_ bytes: [UInt8], file: String, in refName: String) throws -> String {
        do {
            return try PlanText.decode(bytes, file: file)
        } catch {
            throw UserError("\(error.message) (in \(refName))", hint: "save the plan as UTF-8 text and commit it again")
        }
    }

    /// `.territory.yml` at the root of `tree`; the defaults when there is none. A file that cannot
    /// be read stops territory (exit 2) with the key and the line: a half-read configuration
    /// would judge by rules nobody wrote.
    static func config(in tree: ObjectID, of repository: Repository, named refName: String) throws -> RepositoryConfig {
        guard let bytes = try repository.blob(at: RepositoryConfig.fileName, inTree: tree) else { return RepositoryConfig() }
        do {
            return try RepositoryConfig.parse(String(decoding: bytes, as: UTF8.self))
        } catch {
            throw UserError("\(error) (in \(refName))", hint: "fix \(RepositoryConfig.fileName) on \(refName); its keys are described in docs/configuration.md")
        }
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
            "no plan found in \(refName): looked for " + PlanLocator.searched,
            hint: "commit the plan to \(refName), or name it with --plan PATH")
    }
}

/// The plan that judges a change, and why it may be trusted: read from the base branch tip, or
/// — where there is no base yet, or the base has no plan yet — from the change's own side, which
/// the report says with a `plan-untrusted` warning.
struct TrustedPlan {
    static let rule = "plan-untrusted"

    var loaded: LoadedPlan
    /// The base branch, when there is one.
    var base: BaseBranch?
    /// `plan-untrusted`, when the plan came from the change's side.
    var warning: Finding?

    var plan: Plan { loaded.plan }

    static func untrusted(_ plan: Plan, reason: String, base: String?) -> Finding {
        Finding(
            rule: rule, severity: .warning, agent: nil, path: plan.file,
            message: reason + ", so the plan was read from the change itself; a change can widen its own territory this way",
            plan: SourceLocation(file: plan.file, line: 1),
            hint: base.map { "merge the plan into \($0) first, so that later checks read it from there" }
                ?? "create the integration branch (main) with the plan, or name it with --base or `git config territory.base`")
    }
}

extension Engine {
    /// The trusted plan for work judged in this repository — staged changes, a merge in
    /// progress, an edit, a gate: the base branch tip's. `fallback` is the change's own side,
    /// read only when no base exists or the base has no plan (`plan-untrusted`). Nil when
    /// neither has a plan.
    func trustedPlan(base explicit: String?, fallback: (commit: ObjectID, name: String)?) throws -> TrustedPlan? {
        let base = try BaseBranch.resolveIfAny(explicit, in: repository)
        if let base, let loaded = try loader.load(from: base.commit, named: base.name) {
            return TrustedPlan(loaded: loaded, base: base)
        }
        guard let fallback, let loaded = try loader.load(from: fallback.commit, named: fallback.name) else { return nil }
        let reason = base.map { "\($0.name) has no plan yet" } ?? "no base branch exists (\(BaseBranch.candidates.prefix(2).joined(separator: ", ")))"
        return TrustedPlan(loaded: loaded, base: base, warning: TrustedPlan.untrusted(loaded.plan, reason: reason, base: base?.name))
    }
}
