import Clibgit2
#if canImport(Glibc)
import Glibc
#endif

/// Strings crossing the C boundary. Git paths are bytes, not necessarily UTF-8: decoding is
/// lenient (invalid bytes become U+FFFD) so an odd file name can never crash territory.
extension String {
    init(gitBytes pointer: UnsafePointer<CChar>) {
        let bytes = UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))
        self.init(decoding: bytes, as: UTF8.self)
    }

    /// `nil` for a NULL C string, which several libgit2 getters return for "not set".
    init?(gitBytesOrNil pointer: UnsafePointer<CChar>?) {
        guard let pointer else { return nil }
        self.init(gitBytes: pointer)
    }

    /// Drops a trailing slash libgit2 appends to directories, keeping a lone "/".
    var withoutTrailingSlash: String {
        guard count > 1, hasSuffix("/") else { return self }
        return String(dropLast())
    }
}

/// Runs `body` with a NUL-terminated copy of `string`. Unlike `String.withCString` it is not
/// `rethrows`, so callers return the libgit2 status and throw typed errors outside the closure.
func withCString<Result>(_ string: String, _ body: (UnsafePointer<CChar>) -> Result) -> Result {
    string.withCString { body($0) }
}

/// The same for a list of strings, as the `git_strarray` pathspecs libgit2 expects.
func withStrArray<Result>(_ strings: [String], _ body: (UnsafeMutablePointer<git_strarray>) -> Result) -> Result {
    var copies: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    return copies.withUnsafeMutableBufferPointer { buffer in
        var array = git_strarray(strings: buffer.baseAddress, count: buffer.count)
        return body(&array)
    }
}
