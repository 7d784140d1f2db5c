import Foundation
@testable import TerritoryEngine
import TestSupport
import Testing

/// How a tool's JSON input becomes a guard request, and how the engine judges requests that
/// reach beyond the agent's own files.
@Suite struct GuardRequestTests {
    @Test func everyPathFieldIsRead() {
        let request = GuardRequest(toolName: "mcp__fs__sync", input: [
            "file_path": "a", "notebook_path": "b.ipynb", "path": "c", "paths": ["d", "e"], "source": "f", "destination": "g",
            "target_file": "h", "edits": [["file_path": "i", "old_string": "x"], ["path": "j"]], "content": "not a path",
        ], workingDirectory: "/w")
        #expect(request.paths.sorted() == ["a", "b.ipynb", "c", "d", "e", "f", "g", "h", "i", "j"])
        #expect(!request.isReadOnly)
    }

    @Test func shellToolsCarryTheirCommandAndFolder() {
        let claude = GuardRequest(toolName: "Bash", input: ["command": "touch a", "description": "x"], workingDirectory: "/w")
        #expect(claude.commands == ["touch a"] && claude.paths.isEmpty)
        let gemini = GuardRequest(toolName: "run_shell_command", input: ["command": "touch a", "dir_path": "sub"], workingDirectory: "/w")
        #expect(gemini.commands == ["touch a"] && gemini.commandFolder == "sub")
        let vector = GuardRequest(toolName: "shell", input: ["command": ["bash", "-lc", "echo 'x' > y"], "workdir": "/w/sub"], workingDirectory: "/w")
        #expect(vector.commands == ["bash -lc 'echo '\\''x'\\'' > y'"] && vector.commandFolder == "/w/sub")
        #expect(BashWrites(home: nil).effects(of: vector.commands[0]) == [.write("y")])
    }

    @Test func patchToolsCarryThePatch() {
        let request = GuardRequest(toolName: "apply_patch", input: ["command": "*** Begin Patch\n*** Add File: a\n*** End Patch"], workingDirectory: "/w")
        #expect(request.patches.count == 1 && request.paths.isEmpty)
    }

    @Test func readOnlyToolsOfEveryAgentAreKnown() {
        for tool in ["Read", "Grep", "NotebookRead", "TodoWrite", "read_file", "list_directory", "update_plan", "SemanticSearch"] {
            #expect(GuardRequest(toolName: tool, input: ["path": "x"], workingDirectory: nil).isReadOnly, "\(tool)")
        }
        #expect(!GuardRequest(toolName: "Write", input: [:], workingDirectory: nil).isReadOnly)
        #expect(GuardRequest(toolName: "Write", input: [:], workingDirectory: nil).namesNothing)
    }

    @Test func unknownWriterIsDeniedOrAskedAndReadOnlyPasses() throws {
        let fixture = try EngineFixture()
        let request = GuardRequest(toolName: "mcp__db__migrate", input: ["name": "x"], workingDirectory: fixture.repo.path)
        let deny = EditGuard(planPath: nil, agent: "docs-agent", requireAgent: false, environment: [:])
        guard case .deny(let reason) = try deny.judge(request, directory: nil, currentDirectory: "/") else {
            Issue.record("an unknown writer was let through")
            return
        }
        #expect(reason.contains("mcp__db__migrate") && reason.contains("[unseen-write]"))
        let ask = EditGuard(planPath: nil, agent: "docs-agent", requireAgent: false, environment: [:], unseenWrites: .ask)
        guard case .ask = try ask.judge(request, directory: nil, currentDirectory: "/") else {
            Issue.record("--unknown-tool ask did not ask")
            return
        }
        let noAgent = EditGuard(planPath: nil, agent: nil, requireAgent: false, environment: [:])
        #expect(try noAgent.judge(request, directory: nil, currentDirectory: "/") == .allow(note: nil))
    }

    /// A `rm -r` of a folder stands for every tracked file under it.
    @Test func folderWriteIsJudgedByTheFilesUnderIt() throws {
        let fixture = try EngineFixture()
        let guarding = EditGuard(planPath: nil, agent: "ui-agent", requireAgent: false, environment: [:])
        let request = GuardRequest(toolName: "Bash", input: ["command": "rm -rf src"], workingDirectory: fixture.repo.path)
        guard case .deny(let reason) = try guarding.judge(request, directory: nil, currentDirectory: "/") else {
            Issue.record("removing a folder with another agent's files was allowed")
            return
        }
        #expect(reason.contains("src/api/routes.py") && !reason.contains("src/ui/App.tsx ["), "\(reason)")
    }

    @Test func pathsOutsideAnyRepositoryAreNotTerritorys() throws {
        let fixture = try EngineFixture()
        let guarding = EditGuard(planPath: nil, agent: "docs-agent", requireAgent: false, environment: [:])
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("territory-outside-\(UUID().uuidString).txt").path
        let request = GuardRequest(toolName: "Write", paths: [outside], workingDirectory: fixture.repo.path)
        #expect(try guarding.judge(request, directory: nil, currentDirectory: "/") == .allow(note: nil))
    }

    @Test func relativePathsStartInTheAgentsFolder() throws {
        let fixture = try EngineFixture()
        let guarding = EditGuard(planPath: nil, agent: "api-agent", requireAgent: false, environment: [:])
        let inApi = GuardRequest(toolName: "Write", paths: ["new.py"], workingDirectory: fixture.repo.path + "/src/api")
        #expect(try guarding.judge(inApi, directory: nil, currentDirectory: "/") == .allow(note: nil))
        let fromRoot = GuardRequest(toolName: "Write", paths: [":/src/ui/x.tsx"], workingDirectory: fixture.repo.path + "/src/api")
        guard case .deny = try guarding.judge(fromRoot, directory: nil, currentDirectory: "/") else {
            Issue.record("a :/ path into another territory was allowed")
            return
        }
    }
}
