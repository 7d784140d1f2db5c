import Foundation

/// What a coding agent is about to do, from its pre-edit hook: Claude Code's PreToolUse JSON
/// (`tool_name`, `tool_input.file_path` / `notebook_path`, `edits[].file_path`, `cwd`).
struct GuardRequest {
    /// Tools that only read: the guard lets them through without looking.
    static let readOnlyTools: Set<String> = ["Read", "Glob", "Grep", "LS", "NotebookRead", "WebFetch", "WebSearch", "TodoWrite"]

    var toolName: String
    var paths: [String]
    var workingDirectory: String?

    var isWrite: Bool { !Self.readOnlyTools.contains(toolName) }

    init(toolName: String, paths: [String], workingDirectory: String?) {
        self.toolName = toolName
        self.paths = paths
        self.workingDirectory = workingDirectory
    }

    /// Parses the hook's standard input. Malformed input is an error (exit 2), never a guess.
    init(json: Data) throws {
        guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any] else {
            throw UserError("the guard's standard input is not a JSON object",
                            hint: "wire `territory guard` as a PreToolUse hook, or pass the path with --path P")
        }
        let input = object["tool_input"] as? [String: Any] ?? [:]
        var paths = Self.paths(in: input)
        for edit in input["edits"] as? [[String: Any]] ?? [] { paths += Self.paths(in: edit) }
        self.init(toolName: object["tool_name"] as? String ?? "", paths: paths, workingDirectory: object["cwd"] as? String)
    }

    private static func paths(in object: [String: Any]) -> [String] {
        ["file_path", "notebook_path", "path"].compactMap { object[$0] as? String }.filter { !$0.isEmpty }
    }
}
