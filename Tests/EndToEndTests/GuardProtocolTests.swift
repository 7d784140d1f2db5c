import Foundation
import TestSupport
import Testing

/// `territory guard --protocol codex|gemini|cursor`: each tool's pre-tool hook request in its
/// exact format (see docs/guard.md for the sources), a foreign write refused in that tool's deny
/// format, an own write let through.
@Suite struct GuardProtocolTests {
    // MARK: Codex CLI (PreToolUse)

    static func codex(_ tool: String, _ input: [String: Any], cwd: String) -> String {
        GuardInput.json(["session_id": "019a0c5e-0000-7000-8000-000000000000", "turn_id": "1", "transcript_path": NSNull(),
                         "cwd": cwd, "hook_event_name": "PreToolUse", "model": "gpt-5-codex", "permission_mode": "default",
                         "tool_name": tool, "tool_use_id": "call_1", "tool_input": input])
    }

    static func patch(_ lines: String...) -> String {
        (["*** Begin Patch"] + lines + ["*** End Patch"]).joined(separator: "\n") + "\n"
    }

    @Test func codexApplyPatchIntoAnotherTerritoryIsDenied() throws {
        let repo = try ScenarioPlan.repository()
        let crossing = Self.patch("*** Add File: docs/new.md", "+hello", "*** Update File: src/ui/App.tsx", "@@", "-src/ui/App.tsx", "+changed")
        let result = try repo.territory(["guard", "--protocol", "codex", "--agent", "docs-agent"],
                                        input: Self.codex("apply_patch", ["command": crossing], cwd: repo.path))
        #expect(result.status == 0)
        #expect(GuardInput.claudeDecision(result) == "deny", "\(result.stdout)\(result.stderr)")
        let reason = GuardInput.claudeReason(result)
        #expect(reason.contains("src/ui/App.tsx [outside-territory]") && !reason.contains("docs/new.md ["), "\(reason)")
        let moved = Self.patch("*** Update File: docs/guide.md", "*** Move to: src/api/guide.py", "@@", "-a", "+b")
        let move = try repo.territory(["guard", "--protocol", "codex", "--agent", "docs-agent"],
                                      input: Self.codex("apply_patch", ["command": moved], cwd: repo.path))
        #expect(GuardInput.claudeDecision(move) == "deny")
        let own = try repo.territory(["guard", "--protocol", "codex", "--agent", "docs-agent"],
                                     input: Self.codex("apply_patch", ["command": Self.patch("*** Add File: docs/new.md", "+hi")], cwd: repo.path))
        #expect(own.status == 0 && own.stdout.isEmpty, "\(own.stdout)\(own.stderr)")
    }

    @Test func codexShellAndMcpCalls() throws {
        let repo = try ScenarioPlan.repository()
        let shell = try repo.territory(["guard", "--protocol", "codex", "--agent", "docs-agent"],
                                       input: Self.codex("Bash", ["command": "echo x > src/api/routes.py"], cwd: repo.path))
        #expect(GuardInput.claudeDecision(shell) == "deny", "\(shell.stdout)\(shell.stderr)")
        let ownShell = try repo.territory(["guard", "--protocol", "codex", "--agent", "docs-agent"],
                                          input: Self.codex("Bash", ["command": "echo x > docs/notes.md"], cwd: repo.path))
        #expect(ownShell.stdout.isEmpty && ownShell.status == 0)
        // Codex cannot ask: an ask is sent as a deny that says so.
        let unknown = try repo.territory(["guard", "--protocol", "codex", "--agent", "docs-agent", "--unknown-tool", "ask"],
                                         input: Self.codex("mcp__db__migrate", ["name": "x"], cwd: repo.path))
        #expect(GuardInput.claudeDecision(unknown) == "deny")
        #expect(GuardInput.claudeReason(unknown).contains("cannot ask"))
    }

    // MARK: Gemini CLI (BeforeTool)

    static func gemini(_ tool: String, _ input: [String: Any], cwd: String) -> String {
        GuardInput.json(["session_id": "5b6c", "transcript_path": "/home/u/.gemini/tmp/p/chats/session.json", "cwd": cwd,
                         "hook_event_name": "BeforeTool", "timestamp": "2026-01-28T10:00:00.000Z", "tool_name": tool, "tool_input": input])
    }

    static func geminiDecision(_ result: ProcessResult) -> (decision: String?, reason: String) {
        let object = GuardInput.object(result.stdout)
        return (object?["decision"] as? String, object?["reason"] as? String ?? "")
    }

    @Test func geminiWriteReplaceAndShell() throws {
        let repo = try ScenarioPlan.repository()
        let write = try repo.territory(["guard", "--protocol", "gemini", "--agent", "docs-agent"],
            input: Self.gemini("write_file", ["file_path": repo.path + "/src/ui/App.tsx", "content": "x"], cwd: repo.path))
        #expect(write.status == 0)
        #expect(Self.geminiDecision(write).decision == "deny", "\(write.stdout)\(write.stderr)")
        #expect(Self.geminiDecision(write).reason.contains("ui-agent"))
        let replace = try repo.territory(["guard", "--protocol", "gemini", "--agent", "docs-agent"],
            input: Self.gemini("replace", ["file_path": repo.path + "/src/api/routes.py", "old_string": "a", "new_string": "b",
                                            "instruction": "rename"], cwd: repo.path))
        #expect(Self.geminiDecision(replace).decision == "deny")
        let shell = try repo.territory(["guard", "--protocol", "gemini", "--agent", "docs-agent"],
            input: Self.gemini("run_shell_command", ["command": "touch App.tsx", "description": "touch", "dir_path": "src/ui"], cwd: repo.path))
        #expect(Self.geminiDecision(shell).decision == "deny", "\(shell.stdout)\(shell.stderr)")
        let own = try repo.territory(["guard", "--protocol", "gemini", "--agent", "docs-agent"],
            input: Self.gemini("write_file", ["file_path": repo.path + "/docs/new.md", "content": "x"], cwd: repo.path))
        #expect(own.status == 0 && GuardInput.object(own.stdout)?.isEmpty == true, "\(own.stdout)")
        let read = try repo.territory(["guard", "--protocol", "gemini", "--agent", "docs-agent"],
            input: Self.gemini("read_file", ["file_path": repo.path + "/src/ui/App.tsx"], cwd: repo.path))
        #expect(Self.geminiDecision(read).decision == nil)
    }

    // MARK: Cursor (preToolUse, beforeShellExecution, beforeMCPExecution)

    static func cursor(_ event: String, _ fields: [String: Any], root: String) -> String {
        var object: [String: Any] = ["conversation_id": "c0", "generation_id": "g0", "model": "claude-4.5-sonnet",
                                     "hook_event_name": event, "cursor_version": "2.1.0", "workspace_roots": [root],
                                     "user_email": NSNull(), "transcript_path": NSNull()]
        object.merge(fields) { _, new in new }
        return GuardInput.json(object)
    }

    static func cursorAnswer(_ result: ProcessResult) -> [String: Any] { GuardInput.object(result.stdout) ?? [:] }

    @Test func cursorPreToolUseWriteAndDelete() throws {
        let repo = try ScenarioPlan.repository()
        let write = try repo.territory(["guard", "--protocol", "cursor", "--agent", "docs-agent"], input: Self.cursor("preToolUse", [
            "tool_name": "Write", "tool_use_id": "t1", "cwd": repo.path,
            "tool_input": ["file_path": repo.path + "/src/ui/App.tsx", "contents": "x"]], root: repo.path))
        #expect(write.status == 0)
        #expect(Self.cursorAnswer(write)["permission"] as? String == "deny", "\(write.stdout)\(write.stderr)")
        #expect((Self.cursorAnswer(write)["agent_message"] as? String ?? "").contains("ui-agent"))
        #expect(!(Self.cursorAnswer(write)["user_message"] as? String ?? "").isEmpty)
        let delete = try repo.territory(["guard", "--protocol", "cursor", "--agent", "docs-agent"], input: Self.cursor("preToolUse", [
            "tool_name": "Delete", "tool_use_id": "t2", "tool_input": ["path": "src/api/routes.py"]], root: repo.path))
        #expect(Self.cursorAnswer(delete)["permission"] as? String == "deny", "\(delete.stdout)\(delete.stderr)")
        let own = try repo.territory(["guard", "--protocol", "cursor", "--agent", "docs-agent"], input: Self.cursor("preToolUse", [
            "tool_name": "StrReplace", "tool_use_id": "t3", "cwd": repo.path,
            "tool_input": ["file_path": repo.path + "/docs/guide.md", "old_string": "a", "new_string": "b"]], root: repo.path))
        #expect(own.status == 0 && Self.cursorAnswer(own).isEmpty, "\(own.stdout)")
    }

    @Test func cursorShellAndMcpEvents() throws {
        let repo = try ScenarioPlan.repository()
        let shell = try repo.territory(["guard", "--protocol", "cursor", "--agent", "docs-agent"], input: Self.cursor("beforeShellExecution", [
            "command": "sed -i 's/a/b/' src/ui/App.tsx", "cwd": repo.path], root: repo.path))
        #expect(Self.cursorAnswer(shell)["permission"] as? String == "deny", "\(shell.stdout)\(shell.stderr)")
        let ownShell = try repo.territory(["guard", "--protocol", "cursor", "--agent", "docs-agent"], input: Self.cursor("beforeShellExecution", [
            "command": "npm test && echo ok > docs/result.txt", "cwd": repo.path], root: repo.path))
        #expect(Self.cursorAnswer(ownShell).isEmpty, "\(ownShell.stdout)")
        // beforeMCPExecution may carry its arguments as JSON text.
        let mcp = try repo.territory(["guard", "--protocol", "cursor", "--agent", "docs-agent"], input: Self.cursor("beforeMCPExecution", [
            "tool_name": "write_file", "tool_input": "{\"path\": \"\(repo.path)/src/ui/App.tsx\", \"content\": \"x\"}",
            "command": "npx @modelcontextprotocol/server-filesystem"], root: repo.path))
        #expect(Self.cursorAnswer(mcp)["permission"] as? String == "deny", "\(mcp.stdout)\(mcp.stderr)")
        let asked = try repo.territory(["guard", "--protocol", "cursor", "--agent", "docs-agent", "--unknown-tool", "ask"],
            input: Self.cursor("beforeMCPExecution", ["tool_name": "query", "tool_input": ["sql": "select 1"]], root: repo.path))
        #expect(Self.cursorAnswer(asked)["permission"] as? String == "ask", "\(asked.stdout)\(asked.stderr)")
    }

    // MARK: every protocol

    /// Input the guard cannot read blocks (exit 2) in every protocol, with the fix on stderr.
    @Test(arguments: ["claude", "codex", "gemini", "cursor"])
    func malformedInputBlocks(_ name: String) throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["guard", "--protocol", name], input: "{not json")
        #expect(result.status == 2)
        #expect(result.stderr.contains("--protocol \(name)"))
    }

    /// The settings files in `Hooks/` parse, and each runs the guard in its tool's protocol.
    @Test(arguments: [("claude-settings.json", "territory guard"), ("codex-hooks.json", "territory guard --protocol codex"),
                      ("gemini-settings.json", "territory guard --protocol gemini"), ("cursor-hooks.json", "territory guard --protocol cursor")])
    func hookSettingsRunTheGuard(_ file: String, _ command: String) throws {
        let data = try Data(contentsOf: PackageRoot.url.appendingPathComponent("Hooks/\(file)"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let text = String(decoding: data, as: UTF8.self)
        #expect(object["hooks"] != nil)
        #expect(text.contains("\"command\": \"\(command)\""), "\(file)")
    }

    @Test func unknownProtocolIsAUsageError() throws {
        let repo = try ScenarioPlan.repository()
        let result = try repo.territory(["guard", "--protocol", "vim"], input: "{}")
        #expect(result.status == 2)
    }
}
