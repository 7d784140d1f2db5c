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
