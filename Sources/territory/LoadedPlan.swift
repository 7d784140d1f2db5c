import TerritoryGit
import TerritoryKit

/// A plan read from a tree, with where it came from: "main@1a2b3c4", and whether that tree is a
/// trusted one (the base) or the change's own (when the base has no plan yet).
struct LoadedPlan {
    var plan: Plan
    var source: String
    var trusted: Bool
    /// The commit whose tree the plan (and its contracts) came from.
    var commit: ObjectID
    /// Waivers from the plan's Waivers section.
    var waivers: [Waiver] = []
}
