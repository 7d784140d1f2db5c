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

/// Where GIT_INDEX_FILE points, in a form that survives a change of directory.
extension Environment {
    /// GIT_INDEX_FILE made absolute: git hands hooks a path relative to the current
    /// directory, which must keep meaning the same file if territory later changes directory.
    var absoluteIndexFile: String? {
        guard let indexFile else { return nil }
        if indexFile.hasPrefix("/") { return indexFile }
        return currentDirectory.withoutTrailingSlash + "/" + indexFile
    }
}
