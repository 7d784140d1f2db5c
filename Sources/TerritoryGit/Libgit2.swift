import Clibgit2
import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// The process-wide libgit2 set-up, done once before the first repository is opened.
public enum Libgit2 {
    /// For a command's `main`, before anything else allocates:
    /// - reading a pack through libgit2 allocates in bursts (zlib windows, tree objects), and
    ///   glibc grows a thread's heap one page (one mprotect call) at a time unless told to pad.
    ///   A 100k-file wave check made 3,000 such calls, ~5 ms of system time; with a 16 MB pad, 29.
    ///   The pad reserves address space only. It must come before the thread doing the work
    ///   first allocates, hence here and not lazily below.
    /// - `git_libgit2_init` costs ~55 M instructions (mbedTLS parses the system's CA bundle, and
    ///   no option of libgit2 1.5.1 skips that: the bundle is loaded inside init, before any
    ///   `git_libgit2_opts` call can run). Started on another thread now, it overlaps argument
    ///   parsing; the first repository opened waits for it (a `static let` initialises once).
    public static func prepareProcess() {
        territory_pad_heap_growth(16 << 20)
        DispatchQueue.global(qos: .userInitiated).async { _ = initialized }
    }

    /// A `static let` is initialised lazily and thread-safely, so every entry point can just
    /// touch it. The settings must be in place before any repository is opened.
    static let initialized: Bool = {
        guard git_libgit2_init() >= 0 else { return false }
        // libgit2 1.5.1 refuses repositories with extensions.worktreeConfig (set by
        // `git sparse-checkout` and worktree configurations) unless it is told to accept it.
        let name = strdup("worktreeconfig")
        defer { free(name) }
        var names: [UnsafePointer<CChar>?] = [UnsafePointer(name)]
        _ = names.withUnsafeMutableBufferPointer { buffer in
            territory_git_set_extensions(buffer.baseAddress, buffer.count)
        }
        // territory only reads objects git wrote; re-hashing them costs ~15% of a tree walk.
        _ = territory_git_set_strict_hash_verification(0)
        // Tree builders would look every entry's object up (a pack search each); the only trees
        // territory builds are a merge workspace's in-memory ones, from ids the repository gave.
        _ = territory_git_set_strict_object_creation(0)
        return true
    }()

    /// Throws when libgit2 itself could not start (e.g. it could not allocate its globals).
    static func ensure() throws(GitError) {
        guard initialized else {
            throw GitError(function: "git_libgit2_init", code: -1, message: "libgit2 failed to initialise")
        }
    }
}
