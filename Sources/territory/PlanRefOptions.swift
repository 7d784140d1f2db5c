import ArgumentParser
import TerritoryGit

/// The tree `show` and `who` read the plan from.
struct PlanRefOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read the plan from this commit (default: HEAD).", valueName: "ref"))
    var ref: String = "HEAD"

    /// The plan at `ref`, or an error saying where it was looked for.
    func load(_ repository: Repository, plan: String?) throws -> LoadedPlan {
        let commit = try repository.resolveCommit(ref)
        let loader = PlanLoader(repository: repository, requested: plan)
        guard let loaded = try loader.load(from: commit, named: ref) else { throw loader.missing(in: ref) }
        return loaded
    }
}
