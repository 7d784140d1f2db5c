import Clibgit2

/// A libgit2 call that failed: which function, its return code, and libgit2's own message.
/// `hint` says what the user can do about it, where territory knows.
public struct GitError: Error, Sendable, CustomStringConvertible {
    public var function: String
    public var code: Int32
    public var message: String
    public var hint: String?

    public init(function: String, code: Int32, message: String, hint: String? = nil) {
        self.function = function
        self.code = code
        self.message = message
        self.hint = hint
    }

    /// Reads `git_error_last()` for a call that just returned `code`. Call it on the same thread,
    /// right after the C call: libgit2 keeps the last error per thread.
    static func last(_ function: String, _ code: Int32, hint: String? = nil) -> GitError {
        let last = git_error_last()
        let message = last.map { String(cString: $0.pointee.message) } ?? "no message from libgit2"
        let errorClass = last.map { Int($0.pointee.klass) } ?? 0
        // A damaged object store: say so, and how to find out more, instead of a zlib message.
        let damaged = errorClass == Int(GIT_ERROR_ZLIB.rawValue) || errorClass == Int(GIT_ERROR_ODB.rawValue)
            || message.contains("inflate") || message.contains("corrupt")
        let advice = hint ?? (damaged ? "the repository's object store looks damaged: run `git fsck --full` to see which objects; "
            + "restore them from a remote (`git fetch`) or work in a fresh clone" : nil)
        return GitError(function: function, code: code, message: message, hint: advice)
    }

    public var isNotFound: Bool { code == GIT_ENOTFOUND.rawValue }

    public var description: String {
        let base = "\(message) (\(function) returned \(code))"
        guard let hint else { return base }
        return base + "\n" + hint
    }
}
