/// How a merge was decided, cheapest first; reported so that a slow wave can be explained.
public enum MergeMethod: String, Sendable, Hashable {
    /// The change sets share no path: clean without reading a file.
    case disjoint
    /// Only files both sides changed were merged (no deletions, so no renames to detect).
    case predicted
    /// libgit2's full tree merge with rename detection.
    case full
}
