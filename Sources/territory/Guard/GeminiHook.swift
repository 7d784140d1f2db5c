import Foundation
import TerritoryEngine

/// Gemini CLI's BeforeTool hook (geminicli.com/docs/hooks/reference): the request has
/// `tool_name` (`write_file`, `replace`, `run_shell_command`, `mcp__server__tool`, …),
/// `tool_input` (the model's arguments: `file_path`; `command` with `dir_path` or `directory`
/// relative to the project) and `cwd`.
///
/// The answer is `{"decision": "deny", "reason": …}` on standard output, exit 0; the reason goes
/// to the agent as the tool's error. BeforeTool has no "ask", so an ask is sent as a deny that
/// says so. An allowed write prints `{}` (Gemini parses standard output as JSON).
enum GeminiHook: GuardProtocol {
    static func request(_ input: Data) throws -> GuardRequest {
        HookJSON.request(try HookJSON.object(input, protocol: "gemini"))
    }

    static func answer(_ verdict: GuardVerdict) -> Int32 {
        switch verdict {
        case .allow:
            HookJSON.note(verdict)
            return HookJSON.deliver([:], refusing: nil)
        case .deny(let reason):
            return HookJSON.deliver(["decision": "deny", "reason": reason], refusing: reason)
        case .ask(let reason):
            let refused = reason + "\n(territory would ask for confirmation here; Gemini CLI's BeforeTool hook cannot ask, so it refuses.)"
            return HookJSON.deliver(["decision": "deny", "reason": refused], refusing: refused)
        }
    }
}
