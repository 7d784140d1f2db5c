/// One conflicting path of a predicted merge. Conflicts across renames involve several paths:
/// `path` is where the conflict lands (ours, else theirs, else the ancestor's path) and
/// `paths` lists every path the conflict involves, sorted.
public struct MergeConflict: Hashable, Sendable {
    public var path: String
    public var kind: ConflictKind
    public var paths: [String]

    public init(path: String, kind: ConflictKind, paths: [String]? = nil) {
        self.path = path
        self.kind = kind
        self.paths = paths ?? [path]
    }

    /// Classifies a conflict the way git's stages describe it: which sides hold the path
    /// (1 = ancestor, 2 = ours, 3 = theirs) and whether the sides disagree on its name.
    static func classify(ancestor: String?, ours: String?, theirs: String?) -> MergeConflict? {
        let present = [ours, theirs, ancestor].compactMap { $0 }
        guard let path = present.first else { return nil }
        let paths = Array(Set(present)).sorted()
        let kind: ConflictKind
        if paths.count > 1 {
            kind = .rename
        } else if ancestor == nil {
            kind = .addAdd
        } else if ours == nil || theirs == nil {
            kind = .modifyDelete
        } else {
            kind = .content
        }
        return MergeConflict(path: path, kind: kind, paths: paths)
    }
}

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
