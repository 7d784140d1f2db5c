import Clibgit2
#if canImport(Glibc)
import Glibc
#endif

/// The advice territory attaches to libgit2 failures it recognises. libgit2's own messages
/// describe the symptom; these say what the user can type to get unstuck.
extension GitError {
    static let notARepositoryHint = "run territory inside a git repository or pass -C DIR"

    static func unknownRevisionHint(_ revision: String) -> String {
        guard let fetch = fetchCommand(for: revision) else { return "check the name with `git branch -a` and `git log --oneline`" }
        return "check the name with `git branch -a`, or fetch it: `\(fetch)`"
    }

    /// Remotes recognised in `REMOTE/BRANCH` without reading the configuration: a branch name
    /// may hold a slash too (`agent/api`), so only these two are taken for remotes.
    static let usualRemotes = ["origin", "upstream"]

    /// The git command that fetches `revision`, or nil when it is not a plain name (`main~2`).
    /// `origin/main` is the branch `main` of `origin`, never `git fetch origin origin/main`
    /// (which asks origin for a branch called `origin/main`). The destination is spelled out:
    /// a single-branch clone (`git clone --single-branch`, some CI checkouts) has a fetch
    /// refspec that does not cover `main`, and there `git fetch origin main` updates only
    /// FETCH_HEAD. A local name is fetched into a branch of that name; a full commit id as itself.
    static func fetchCommand(for revision: String) -> String? {
        let plain = revision.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "/-_.".unicodeScalars.contains(scalar)
        }
        guard plain, !revision.isEmpty, !revision.hasPrefix("-"), !revision.contains("..") else { return nil }
        if revision.count == 40, revision.allSatisfy(\.isHexDigit) { return "git fetch origin \(revision)" }
        var name = revision
        if name.hasPrefix("refs/remotes/") {
            name.removeFirst("refs/remotes/".count)
            guard let slash = name.firstIndex(of: "/") else { return nil }
            return remoteFetch(remote: name[..<slash], branch: name[name.index(after: slash)...])
        }
        if name.hasPrefix("refs/heads/") { name.removeFirst("refs/heads/".count) }
        if let slash = name.firstIndex(of: "/"), usualRemotes.contains(String(name[..<slash])) {
            return remoteFetch(remote: name[..<slash], branch: name[name.index(after: slash)...])
        }
        return "git fetch origin \(name):\(name)"
    }

    private static func remoteFetch(remote: Substring, branch: Substring) -> String {
        "git fetch \(remote) \(branch):refs/remotes/\(remote)/\(branch)"
    }

    static let shallowHint = """
        this is a shallow clone, so the history needed is missing: run `git fetch --unshallow` \
        (or `git fetch --deepen=100`), or set `fetch-depth: 0` in actions/checkout
        """

    static func ownershipHint(_ path: String) -> String {
        "the repository belongs to another user; if you trust it, run `git config --global --add safe.directory \(path)`"
    }

    static let unsupportedExtensionHint = """
        the repository uses a git feature territory's libgit2 (1.5) cannot read (for example \
        reftable refs or SHA-256 objects); run territory on a clone made with default settings
        """

    /// Classifies a failed `git_repository_open_ext`. libgit2 1.5.1 reports the ownership check
    /// as a misleading "config value 'safe.directory' was not found" (-3), so the message is
    /// inspected as well as the code.
    static func opening(_ path: String, code: Int32) -> GitError {
        var error = GitError.last("git_repository_open_ext", code)
        if code == GIT_EOWNER.rawValue || error.message.contains("safe.directory") {
            error.hint = ownershipHint(topLevel(containing: path))
        } else if error.message.contains("unsupported extension") {
            error.hint = unsupportedExtensionHint
        } else if code == GIT_ENOTFOUND.rawValue {
            error.hint = notARepositoryHint
        }
        return error
    }
}

/// safe.directory must name the repository's top-level folder, not the subfolder territory was
/// started in: walks up to the nearest folder holding `.git` (the path itself if none does).
private func topLevel(containing path: String) -> String {
    var folder = path.withoutTrailingSlash
    while !folder.isEmpty {
        if access(folder + "/.git", F_OK) == 0 { return folder }
        guard let slash = folder.lastIndex(of: "/") else { break }
        folder = String(folder[..<slash])
    }
    return path
}

/// Throws the last libgit2 error when `code` signals failure (negative), else does nothing.
@inline(__always)
func check(_ code: Int32, _ function: String, hint: String? = nil) throws(GitError) {
    if code < 0 { throw GitError.last(function, code, hint: hint) }
}
