/// Why a path conflicts when two sides are merged, in git's own words.
public enum ConflictKind: String, Sendable, Hashable, CaseIterable {
    /// Both sides changed the file's content in overlapping places.
    case content
    /// One side changed the file, the other deleted it.
    case modifyDelete = "modify/delete"
    /// Both sides added a file at the path, with different content.
    case addAdd = "add/add"
    /// A rename on one side collides with the other side (rename/rename, rename/delete, rename/add).
    case rename
}
