/// One entry of a tree, as plain values. The name stays as raw bytes: git paths need not be
/// UTF-8, and comparing bytes keeps two oddly-encoded names from colliding after decoding.
struct TreeEntry: Hashable {
    var name: [UInt8]
    var id: ObjectID
    var mode: UInt32

    var isTree: Bool { mode == 0o040000 }

    /// A submodule: the entry records a commit of another repository.
    var isGitlink: Bool { mode == 0o160000 }

    /// Files, symlinks and submodules are different kinds; changing between them is a type
    /// change (T), while an executable-bit flip is a modification (M), as in `git diff`.
    var kind: Kind { Kind(mode: mode) }

    enum Kind {
        case tree, file, symlink, gitlink

        init(mode: UInt32) {
            switch mode {
            case 0o040000: self = .tree
            case 0o120000: self = .symlink
            case 0o160000: self = .gitlink
            default: self = .file
            }
        }
    }
}
