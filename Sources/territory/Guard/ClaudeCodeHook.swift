import Foundation
import TerritoryEngine

/// Claude Code's PreToolUse hook (code.claude.com/docs/en/hooks): the request on standard input
/// (`tool_name`, `tool_input`, `cwd`); the answer as `hookSpecificOutput.permissionDecision`
/// `deny` or `ask` with a `permissionDecisionReason` on standard output, exit 0. An allowed write
/// prints nothing, so Claude Code's own permission rules still apply.
enum ClaudeCodeHook: GuardProtocol {
    static func request(_ input: Data) throws -> GuardRequest {
        let object = try HookJSON.object(input, protocol: "claude")
        var request = HookJSON.request(object)
        // Inside a subagent, Claude Code names it (the `name` of its definition).
        request.agentName = object["agent_type"] as? String
        return request
    }

    static func answer(_ verdict: GuardVerdict) -> Int32 {
        switch verdict {
        case .allow:
            HookJSON.note(verdict)
            return ExitStatus.clean
        case .deny(let reason):
            return HookJSON.deliver(decision("deny", reason), refusing: reason)
        case .ask(let reason):
            return HookJSON.deliver(decision("ask", reason), refusing: reason)
        }
    }

    static func decision(_ decision: String, _ reason: String) -> [String: Any] {
        ["hookSpecificOutput": ["hookEventName": "PreToolUse", "permissionDecision": decision, "permissionDecisionReason": reason]]
    }
}
