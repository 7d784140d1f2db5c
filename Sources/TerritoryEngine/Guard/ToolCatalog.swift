import Foundation

/// The agent tools the guard knows by name, across Claude Code, Codex, Gemini CLI and Cursor,
/// and the input fields that name the files a tool writes.
///
/// A tool that is not read-only is judged as a writer of every path it names; one that names
/// none is refused (or asked about), never let through unseen.
enum ToolCatalog {
    /// Tools that only read, search, plan or talk.
    static let readOnly: Set<String> = [
        // Claude Code
        "Read", "Glob", "Grep", "LS", "NotebookRead", "WebFetch", "WebSearch", "TodoWrite", "TodoRead", "Task", "Agent",
        "ExitPlanMode", "AskUserQuestion", "BashOutput", "KillShell", "KillBash", "ListMcpResourcesTool",
        "ReadMcpResourceTool", "Skill", "SlashCommand",
        // Gemini CLI
        "read_file", "read_many_files", "list_directory", "glob", "search_file_content", "grep_search", "web_fetch",
        "google_web_search", "write_todos", "ask_user",
        // Codex
        "update_plan", "view_image", "web_search",
        // Cursor
        "Fetch", "SemanticSearch", "ReadLints",
    ]

    /// Tools whose `command` is a shell command line.
    static let shells: Set<String> = ["Bash", "run_shell_command", "Shell", "shell", "local_shell", "exec_command"]

    /// Tools whose input is an `apply_patch` envelope.
    static let patchers: Set<String> = ["apply_patch", "ApplyPatch"]

    /// Fields that name a file the tool writes (a string or an array of strings).
    static let pathKeys = ["file_path", "filePath", "notebook_path", "path", "paths", "source", "destination", "target_file"]

    /// Fields holding objects that name files in turn (`MultiEdit`'s and MCP tools' `edits[]`).
    static let nestedKeys = ["edits", "files"]

    /// Fields a shell tool uses for the folder its command runs in.
    static let folderKeys = ["dir_path", "directory", "workdir", "working_directory", "cwd"]

    static func paths(in input: [String: Any]) -> [String] {
        var found: [String] = []
        for key in pathKeys {
            switch input[key] {
            case let text as String where !text.isEmpty: found.append(text)
            case let list as [Any]: found += list.compactMap { $0 as? String }.filter { !$0.isEmpty }
            default: break
            }
        }
        for key in nestedKeys {
            for case let object as [String: Any] in input[key] as? [Any] ?? [] { found += paths(in: object) }
        }
        return found
    }

    /// A command as a string, or an argument vector (`["bash", "-lc", "…"]`) quoted back into one.
    static func commandText(_ value: Any?) -> String? {
        if let text = value as? String { return text }
        guard let vector = value as? [Any] else { return nil }
        return vector.compactMap { $0 as? String }.map { word in
            word.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=:,@%+".contains($0) }) && !word.isEmpty
                ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }.joined(separator: " ")
    }
}
