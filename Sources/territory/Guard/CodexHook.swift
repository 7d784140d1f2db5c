import Foundation
import TerritoryEngine

/// Codex CLI's PreToolUse hook (developers.openai.com/codex/hooks; the schema in openai/codex
/// `codex-rs/hooks/schema/generated/pre-tool-use.command.*.schema.json`). The request is Claude
/// Code's shape: `tool_name` is `Bash` for shell commands (`tool_input.command`), `apply_patch`
/// for edits (the patch text in `tool_input.command`), `mcp__server__tool` for MCP tools (their
/// arguments); `cwd` is the session's folder.
///
/// The answer is `hookSpecificOutput.permissionDecision: "deny"` with a non-empty reason, exit 0.
/// Codex rejects `ask` (and a bare `allow`) as invalid output and then runs the tool, so an ask
/// is sent as a deny that says so, and an allowed write prints nothing.
enum CodexHook: GuardProtocol {
    static func request(_ input: Data) throws -> GuardRequest {
        HookJSON.request(try HookJSON.object(input, protocol: "codex"))
    }

    static func answer(_ verdict: GuardVerdict) -> Int32 {
        switch verdict {
        case .allow:
            HookJSON.note(verdict)
            return ExitStatus.clean
        case .deny(let reason):
            return HookJSON.deliver(ClaudeCodeHook.decision("deny", reason), refusing: reason)
        case .ask(let reason):
            let refused = reason + "\n(territory would ask for confirmation here; Codex hooks cannot ask, so it refuses.)"
            return HookJSON.deliver(ClaudeCodeHook.decision("deny", refused), refusing: refused)
        }
    }
}
