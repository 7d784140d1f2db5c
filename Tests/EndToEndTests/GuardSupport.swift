import Foundation
import TestSupport

/// Hook inputs in each agent tool's exact format, and the decisions read back from the guard.
enum GuardInput {
    /// Claude Code's PreToolUse request.
    static func claude(_ tool: String, _ input: [String: Any], cwd: String) -> String {
        json(["session_id": "s", "transcript_path": "/tmp/t.jsonl", "permission_mode": "default",
              "hook_event_name": "PreToolUse", "tool_name": tool, "tool_use_id": "toolu_01", "cwd": cwd, "tool_input": input])
    }

    /// A Claude Code Bash call.
    static func bash(_ command: String, cwd: String) -> String {
        claude("Bash", ["command": command, "description": "run"], cwd: cwd)
    }

    static func json(_ object: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func object(_ text: String) -> [String: Any]? {
        guard !text.isEmpty else { return nil }
        return (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    /// Claude Code's decision (`deny`, `ask`), or nil when the guard printed nothing.
    static func claudeDecision(_ result: ProcessResult) -> String? {
        (object(result.stdout)?["hookSpecificOutput"] as? [String: Any])?["permissionDecision"] as? String
    }

    static func claudeReason(_ result: ProcessResult) -> String {
        (object(result.stdout)?["hookSpecificOutput"] as? [String: Any])?["permissionDecisionReason"] as? String ?? ""
    }
}

extension GitRepository {
    /// A linked worktree of this repository on a new branch, with its own `territory.agent`
    /// in `config.worktree` (`git config --worktree`).
    func agentWorktree(_ name: String, branch: String, agent: String?) throws -> URL {
        try git("config", "extensions.worktreeConfig", "true")
        let folder = root.appendingPathComponent(name)
        try git("worktree", "add", "-q", "-b", branch, folder.path)
        if let agent {
            let result = try Shell.run("/usr/bin/git", ["config", "--worktree", "territory.agent", agent], in: folder)
            guard result.status == 0 else { throw TestFailure("git config --worktree failed: \(result.stderr)") }
        }
        return folder
    }
}
