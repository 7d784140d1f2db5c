import Clibgit2
#if canImport(Glibc)
import Glibc
#endif

/// A libgit2 diff, used where libgit2's own machinery is wanted: the index (staged changes)
/// and similarity-based rename detection. Deltas are read with `git_diff_num_deltas` /
/// `git_diff_get_delta`; `git_diff_foreach` would build a patch and load both blobs per delta.
final class Diff {
    let raw: OpaquePointer
    let repository: Repository

    init(raw: OpaquePointer, repository: Repository) {
        self.raw = raw
        self.repository = repository
    }

    deinit { git_diff_free(raw) }

    /// Options for name-only diffs: no binary sniffing, no context, type changes as `T`.
    static func nameOnlyOptions() -> git_diff_options {
        var options = git_diff_options()
        git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION))
        options.flags |= GIT_DIFF_SKIP_BINARY_CHECK.rawValue | GIT_DIFF_INCLUDE_TYPECHANGE.rawValue
        options.context_lines = 0
        return options
    }

    /// Runs libgit2's rename detection on this diff; `exactOnly` compares ids, not contents.
    func findRenames(exactOnly: Bool) throws(GitError) {
        var options = git_diff_find_options()
        git_diff_find_options_init(&options, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION))
        options.flags = GIT_DIFF_FIND_RENAMES.rawValue
        if exactOnly { options.flags |= GIT_DIFF_FIND_EXACT_MATCH_ONLY.rawValue }
        try check(git_diff_find_similar(raw, &options), "git_diff_find_similar")
    }

    var records: [ChangeRecord] {
        (0..<git_diff_num_deltas(raw)).compactMap { index in
            git_diff_get_delta(raw, index).flatMap { Self.record($0.pointee) }
        }
    }

    private static func record(_ delta: git_diff_delta) -> ChangeRecord? {
        let status: ChangeStatus
        switch delta.status {
        case GIT_DELTA_ADDED, GIT_DELTA_COPIED: status = .added
        case GIT_DELTA_DELETED: status = .deleted
        case GIT_DELTA_MODIFIED, GIT_DELTA_CONFLICTED: status = .modified
        case GIT_DELTA_RENAMED: status = .renamed
        case GIT_DELTA_TYPECHANGE: status = .typeChanged
        default: return nil
        }
        let old = delta.old_file, new = delta.new_file
        let oldPath = old.path.map { Array(UnsafeRawBufferPointer(start: $0, count: strlen($0))) }
        let newPath = new.path.map { Array(UnsafeRawBufferPointer(start: $0, count: strlen($0))) }
        guard let path = (status == .deleted ? oldPath : newPath) ?? oldPath else { return nil }
        return ChangeRecord(
            status: status, path: path, oldPath: status == .renamed ? oldPath : nil,
            oldID: status == .added ? nil : ObjectID(old.id), newID: status == .deleted ? nil : ObjectID(new.id),
            oldMode: status == .added ? nil : UInt32(old.mode), newMode: status == .deleted ? nil : UInt32(new.mode))
    }
}
