import Foundation
import TerritoryEngine

/// Claude Code's PreToolUse hook protocol: the request on standard input (`tool_name`,
/// `tool_input.file_path` / `notebook_path` / `path`, `tool_input.edits[].file_path`, `cwd`), the
/// answer as a `deny` decision on standard output with exit 0; an allowed edit prints nothing.
enum ClaudeCodeHook {
    /// Parses the hook's standard input. Malformed input is an error (exit 2), never a guess.
    static func request(_ json: Data) throws -> GuardRequest {
        guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any] else {
            throw UserError("the guard's standard input is not a JSON object",
                            hint: "wire `territory guard` as a PreToolUse hook, or pass the path with --path P")
        }
        let input = object["tool_input"] as? [String: Any] ?? [:]
        var paths = Self.paths(in: input)
        for edit in input["edits"] as? [[String: Any]] ?? [] { paths += Self.paths(in: edit) }
        return GuardRequest(toolName: object["tool_name"] as? String ?? "", paths: paths, workingDirectory: object["cwd"] as? String)
    }

    private static func paths(in object: [String: Any]) -> [String] {
        ["file_path", "notebook_path", "path"].compactMap { object[$0] as? String }.filter { !$0.isEmpty }
    }

    /// The verdict in the protocol: a deny decision (the agent sees the reason), or nothing.
    static func answer(_ verdict: GuardVerdict) -> Int32 {
        switch verdict {
        case .allow(let note):
            if let note { FileOutput.standardError("territory guard: \(note)\n") }
        case .deny(let reason):
            let answer: [String: Any] = ["hookSpecificOutput": [
                "hookEventName": "PreToolUse", "permissionDecision": "deny", "permissionDecisionReason": reason,
            ]]
            let data = (try? JSONSerialization.data(withJSONObject: answer, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
            FileOutput.standardOutput(String(decoding: data, as: UTF8.self) + "\n")
        }
        return ExitStatus.clean
    }
}
