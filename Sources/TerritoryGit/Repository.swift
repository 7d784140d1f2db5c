import Clibgit2
#if canImport(Glibc)
import Glibc
#endif

/// An open git repository: the one owner of a libgit2 `git_repository` handle.
///
/// Not `Sendable` on purpose: libgit2 objects must not be used from two threads at once, so
/// the compiler keeps a `Repository` on one task. Open one per task to work in parallel.
/// Objects read from it (trees, blobs, diffs) hold a strong reference so they are freed first.
public final class Repository {
    let raw: OpaquePointer
    /// GIT_INDEX_FILE (absolute) when opened from the environment with it set: the staged
    /// fast path reads the index file itself and must read the same one libgit2 was given.
    /// Recorded at open time so `open(at:)` never picks up the variable.
    private(set) var indexFileFromEnvironment: String?

    /// The object database, once asked for (`objectDatabase()`); released before the handle.
    private var database: OpaquePointer?

    private init(raw: OpaquePointer) { self.raw = raw }

    deinit {
        if let database { git_odb_free(database) }
        git_repository_free(raw)
    }

    /// The repository's object database (with every backend the handle has, a merge
    /// workspace's memory included), for reading objects as bytes.
    func objectDatabase() throws(GitError) -> OpaquePointer {
        if let database { return database }
        var handle: OpaquePointer?
        try check(git_repository_odb(&handle, raw), "git_repository_odb")
        guard let handle else { throw GitError(function: "git_repository_odb", code: -1, message: "no object database") }
        database = handle
        return handle
    }

    /// Discovers the repository containing `path` (any subdirectory, linked worktrees).
    public static func open(at path: String) throws(GitError) -> Repository {
        try Libgit2.ensure()
        var handle: OpaquePointer?
        let code = withCString(path) { git_repository_open_ext(&handle, $0, 0, nil) }
        guard code >= 0, let handle else { throw GitError.opening(path, code: code) }
        return Repository(raw: handle)
    }

    /// For git hooks: GIT_REPOSITORY_OPEN_FROM_ENV honours GIT_DIR, GIT_INDEX_FILE, ... so a
    /// pre-commit hook sees the temporary index of `git commit -a` and `git commit <paths>`.
    /// libgit2 1.5 refuses FROM_ENV when GIT_WORK_TREE or GIT_COMMON_DIR is set; then the
    /// repository is discovered from the current directory and GIT_INDEX_FILE applied by hand.
    public static func openFromEnvironment() throws(GitError) -> Repository {
        try Libgit2.ensure()
        let environment = Environment()
        if environment.workTree == nil, environment.commonDir == nil {
            var handle: OpaquePointer?
            let flags = GIT_REPOSITORY_OPEN_FROM_ENV.rawValue
            let code = git_repository_open_ext(&handle, nil, flags, nil)
            guard code >= 0, let handle else {
                throw GitError.opening(environment.gitDir ?? environment.currentDirectory, code: code)
            }
            let repository = Repository(raw: handle)
            repository.indexFileFromEnvironment = environment.absoluteIndexFile
            return repository
        }
        let repository = try open(at: environment.currentDirectory)
        if let indexFile = environment.absoluteIndexFile {
            try repository.useIndex(at: indexFile)
            repository.indexFileFromEnvironment = indexFile
        }
        return repository
    }

    /// Replaces the repository's index with the one at `path` (the GIT_INDEX_FILE fallback).
    private func useIndex(at path: String) throws(GitError) {
        var index: OpaquePointer?
        try check(withCString(path) { git_index_open(&index, $0) }, "git_index_open")
        defer { git_index_free(index) }
        try check(git_repository_set_index(raw, index), "git_repository_set_index")
    }

    /// The working tree, without a trailing slash; nil for a bare repository.
    public var workingDirectory: String? {
        String(gitBytesOrNil: git_repository_workdir(raw))?.withoutTrailingSlash
    }

    /// This worktree's git directory (`.git`, or `.git/worktrees/NAME` for a linked worktree).
    public var gitDirectory: String {
        (String(gitBytesOrNil: git_repository_path(raw)) ?? "").withoutTrailingSlash
    }

    /// The directory shared by all worktrees (objects, refs, config).
    public var commonDirectory: String {
        (String(gitBytesOrNil: git_repository_commondir(raw)) ?? gitDirectory).withoutTrailingSlash
    }

    public var isBare: Bool { git_repository_is_bare(raw) == 1 }

    /// libgit2 1.5 cannot walk past a shallow boundary; callers use this to explain failures.
    public var isShallow: Bool { git_repository_is_shallow(raw) == 1 }

    public var isLinkedWorktree: Bool { git_repository_is_worktree(raw) == 1 }
}
