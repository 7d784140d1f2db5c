import TerritoryGit
import TerritoryKit

/// A plan read from a tree, with where it came from ("main@1a2b3c4") and what it brings along.
/// Whether that tree was trusted is the caller's to say (`plan-untrusted`).
struct LoadedPlan {
    var plan: Plan
    var source: String
    /// The commit whose tree the plan (and its contracts) came from.
    var commit: ObjectID
    /// Waivers from the plan's Waivers section.
    var waivers: [Waiver] = []
}
