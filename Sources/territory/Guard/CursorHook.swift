import Foundation
import TerritoryEngine

/// Cursor's agent hooks (cursor.com/docs/hooks), `.cursor/hooks.json` version 1. The guard reads
/// the events that come before a tool runs, named by `hook_event_name`:
///
/// - `preToolUse`: `tool_name` (`Write`, `StrReplace`, `Delete`, `Shell`, `MCP:…`, …) and
///   `tool_input` (an object, or its JSON text);
/// - `beforeShellExecution`: `command` and `cwd`;
/// - `beforeMCPExecution`: `tool_name` and `tool_input`, judged as a writer of the paths it names;
/// - `beforeReadFile`: a read, let through.
///
/// The folder is `cwd`, else the first of `workspace_roots`. The answer is
/// `{"permission": "deny"|"ask", "user_message": …, "agent_message": …}`, exit 0; an allowed write
/// prints `{}` (no opinion: Cursor's own approval settings decide).
enum CursorHook: GuardProtocol {
    static func request(_ input: Data) throws -> GuardRequest {
        let object = try HookJSON.object(input, protocol: "cursor")
        let folder = object["cwd"] as? String ?? (object["workspace_roots"] as? [String])?.first
        switch object["hook_event_name"] as? String {
        case "beforeShellExecution":
            return GuardRequest(toolName: "Shell", input: ["command": object["command"] as? String ?? ""], workingDirectory: folder)
        case "beforeReadFile", "beforeTabFileRead":
            return GuardRequest(toolName: "Read", paths: [], workingDirectory: folder)
        case "beforeMCPExecution":
            // An MCP tool is never one of the built-in read-only tools, whatever its name.
            let name = object["tool_name"] as? String ?? ""
            return GuardRequest(toolName: name.hasPrefix("MCP:") ? name : "MCP:" + name, input: toolInput(object["tool_input"]),
                                workingDirectory: folder)
        default:
            return GuardRequest(toolName: object["tool_name"] as? String ?? "", input: toolInput(object["tool_input"]),
                                workingDirectory: folder)
        }
    }

    /// `tool_input` as an object, also when Cursor sends it as JSON text.
    private static func toolInput(_ value: Any?) -> [String: Any] {
        if let object = value as? [String: Any] { return object }
        guard let text = value as? String, let data = text.data(using: .utf8) else { return [:] }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    static func answer(_ verdict: GuardVerdict) -> Int32 {
        switch verdict {
        case .allow:
            HookJSON.note(verdict)
            return HookJSON.deliver([:], refusing: nil)
        case .deny(let reason):
            return HookJSON.deliver(["permission": "deny", "user_message": summary(reason), "agent_message": reason], refusing: reason)
        case .ask(let reason):
            return HookJSON.deliver(["permission": "ask", "user_message": reason, "agent_message": reason], refusing: reason)
        }
    }

    /// The first line of a reason, for the person watching.
    private static func summary(_ reason: String) -> String {
        reason.split(separator: "\n").prefix(2).joined(separator: " ")
    }
}
