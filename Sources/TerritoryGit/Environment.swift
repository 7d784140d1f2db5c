#if canImport(Glibc)
import Glibc
#endif

/// The git environment variables that decide how a hook's repository is opened.
struct Environment {
    var gitDir: String?
    var workTree: String?
    var commonDir: String?
    var indexFile: String?
    var currentDirectory: String

    init() {
        gitDir = Self.variable("GIT_DIR")
        workTree = Self.variable("GIT_WORK_TREE")
        commonDir = Self.variable("GIT_COMMON_DIR")
        indexFile = Self.variable("GIT_INDEX_FILE")
        currentDirectory = Self.workingDirectory() ?? "."
    }

    /// An unset or empty variable is treated alike, as git does.
    private static func variable(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let string = String(gitBytes: value)
        return string.isEmpty ? nil : string
    }

    private static func workingDirectory() -> String? {
        guard let pointer = getcwd(nil, 0) else { return nil }
        defer { free(pointer) }
        return String(gitBytes: pointer)
    }
}
