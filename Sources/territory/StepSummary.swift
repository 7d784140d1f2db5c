import Foundation

/// GitHub Actions' job summary: markdown appended to the file `$GITHUB_STEP_SUMMARY` names.
///
/// Appending (never replacing) matters because other steps of the same job write to the same
/// file. Outside Actions the variable is unset and this does nothing, so `--format github` can
/// be tried locally. The runner creates the file; a path that cannot be opened is a user error
/// with a hint rather than a silently missing summary.
enum StepSummary {
    static let variable = "GITHUB_STEP_SUMMARY"

    static func append(_ markdown: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let path = environment[variable], !path.isEmpty else { return }
        let url = URL(fileURLWithPath: path)
        do {
            if !FileManager.default.fileExists(atPath: path) {
                try Data().write(to: url)
            }
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data((markdown.hasSuffix("\n") ? markdown : markdown + "\n").utf8))
        } catch {
            throw UserError("cannot append the step summary to \(path) ($\(variable)): \(error.localizedDescription)",
                            hint: "unset \(variable), or point it at a writable file")
        }
    }
}
