import Foundation
import TestSupport
import Testing

/// `territory setup claude-code`: the files it writes are what Claude Code documents (checked
/// against SchemaStore's settings schema and a frontmatter schema written from the docs, with a
/// real YAML parser), and each hook it wires really refuses a foreign edit and lets an own one through.
@Suite struct ClaudeCodeSetupTests {
    /// Validates each file and prints `{"errors": [...], "commands": {name: [{matcher, command}]}}`:
    /// the PreToolUse hook commands of every subagent (by its `name`) and of the settings (`settings`).
    static let validator = """
        import json, sys, yaml, jsonschema
        schemas, files = sys.argv[1], sys.argv[2:]
        settings_schema = json.load(open(schemas + "/claude-code-settings.json", encoding="utf-8"))
        agent_schema = json.load(open(schemas + "/claude-code-subagent.schema.json", encoding="utf-8"))
        try:
            from referencing import Registry, Resource
            registry = Registry().with_resource(settings_schema["$id"], Resource.from_contents(settings_schema))
            agent_validator = jsonschema.Draft7Validator(agent_schema, registry=registry)
        except ImportError:
            resolver = jsonschema.RefResolver.from_schema(agent_schema, store={settings_schema["$id"]: settings_schema})
            agent_validator = jsonschema.Draft7Validator(agent_schema, resolver=resolver)
        settings_validator = jsonschema.Draft7Validator(settings_schema)
        errors, commands = [], {}
        for path in files:
            text = open(path, encoding="utf-8").read()
            if path.endswith(".json"):
                document, validator, key = json.loads(text), settings_validator, "settings"
            else:
                if not text.startswith("---\\n") or "\\n---\\n" not in text[3:]:
                    errors.append(path + ": no frontmatter"); continue
                document = yaml.safe_load(text[4:text.index("\\n---\\n", 3)])
                validator, key = agent_validator, document.get("name")
            for error in validator.iter_errors(document):
                errors.append(path + ": " + ("/".join(map(str, error.absolute_path)) or "(root)") + ": " + error.message)
            groups = (document.get("hooks") or {}).get("PreToolUse") or []
            commands[key] = [{"matcher": g.get("matcher"), "command": h.get("command")} for g in groups for h in g.get("hooks", [])]
        print(json.dumps({"errors": errors, "commands": commands}))
        """

    static func validate(_ repo: GitRepository, _ files: [String]) throws -> (errors: [String], commands: [String: [[String: String]]]) {
        let result = try Python.run(validator, [Python.schemas.path] + files.map { repo.root.appendingPathComponent($0).path })
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            throw TestFailure("validator failed: \(result.stdout)\(result.stderr)")
        }
        return (object["errors"] as? [String] ?? [], object["commands"] as? [String: [[String: String]]] ?? [:])
    }

    static func preToolUse(_ tool: String, _ path: URL, cwd: URL) -> String {
        """
        {"session_id":"s","hook_event_name":"PreToolUse","tool_name":"\(tool)","cwd":"\(cwd.path)",\
        "tool_input":{"file_path":"\(path.path)","old_string":"a","new_string":"b"}}
        """
    }

    /// Runs a hook command the way Claude Code does on Linux and macOS: `sh -c`, the hook's JSON on standard input.
    static func runHook(_ command: String, in repo: GitRepository, input: String, environment: [String: String] = [:]) throws -> ProcessResult {
        try Shell.run("/bin/sh", ["-c", command], in: repo.root, environment: environment, input: input)
    }

    static func decision(_ stdout: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any] else { return nil }
        return (object["hookSpecificOutput"] as? [String: Any])?["permissionDecision"] as? String
    }

    @Test func writesValidFilesWhoseHooksDenyForeignEditsAndAllowOwnOnes() throws {
        let repo = try ScenarioPlan.repository()
        let result = try TerritoryBinary.run(["setup", "claude-code", "--wave", "1", "--isolation", "worktree"], in: repo.root)
        #expect(result.status == 0, "\(result.stderr)")
        let agents = ["api-agent", "ui-agent", "docs-agent"]
        for id in agents { #expect(result.stdout.contains("created .claude/agents/\(id).md"), "\(result.stdout)") }
        #expect(result.stdout.contains("created .claude/settings.json"))

        let files = agents.map { ".claude/agents/\($0).md" } + [".claude/settings.json"]
        let (errors, commands) = try Self.validate(repo, files)
        #expect(errors.isEmpty, "\(errors)")
        #expect(Set(commands.keys) == Set(agents + ["settings"]))

        let docs = try String(contentsOf: repo.root.appendingPathComponent(".claude/agents/docs-agent.md"), encoding: .utf8)
        #expect(docs.contains("isolation: worktree"))
        #expect(docs.contains("- `docs/**` — \(ScenarioPlan.path):\(ScenarioPlan.Line.docsTerritory)"))
        #expect(docs.contains("    Agent: docs-agent"))
        let api = try String(contentsOf: repo.root.appendingPathComponent(".claude/agents/api-agent.md"), encoding: .utf8)
        #expect(api.contains("## You may read, never change\n\n- `src/shared/types.ts` — \(ScenarioPlan.path):\(ScenarioPlan.Line.apiReadOnly)"))

        let foreign = Self.preToolUse("Edit", repo.root.appendingPathComponent("src/ui/App.tsx"), cwd: repo.root)
        let own = Self.preToolUse("Edit", repo.root.appendingPathComponent("docs/guide.md"), cwd: repo.root)
        for id in agents {
            let hooks = try #require(commands[id])
            #expect(hooks.count == 1)
            let hook = try #require(hooks.first)
            #expect(hook["matcher"] == "Write|Edit|MultiEdit|NotebookEdit|Bash")
            let command = try #require(hook["command"])
            #expect(command.hasPrefix(TerritoryBinary.url.resolvingSymlinksInPath().path) || command.hasPrefix("'/"), "\(command)")
            #expect(command.contains("guard --agent \(id)"))
            let onForeign = try Self.runHook(command, in: repo, input: foreign)
            #expect(onForeign.status == 0, "\(onForeign.stderr)")
            #expect(Self.decision(onForeign.stdout) == (id == "ui-agent" ? nil : "deny"), "\(id): \(onForeign.stdout)")
            let onOwn = try Self.runHook(command, in: repo, input: own)
            #expect(onOwn.status == 0)
            #expect(Self.decision(onOwn.stdout) == (id == "docs-agent" ? nil : "deny"), "\(id): \(onOwn.stdout)")
        }

        // The session guard finds the agent of the worktree itself: none here, so it lets edits through.
        let session = try #require(commands["settings"]?.first?["command"])
        #expect(!session.contains("--agent"))
        #expect(Self.decision(try Self.runHook(session, in: repo, input: foreign).stdout) == nil)
        #expect(Self.decision(try Self.runHook(session, in: repo, input: foreign, environment: ["TERRITORY_AGENT": "docs-agent"]).stdout) == "deny")
    }

    @Test func aMissingBinaryBlocksInsteadOfFailingOpen() throws {
        let repo = try ScenarioPlan.repository()
        _ = try TerritoryBinary.run(["setup", "claude-code"], in: repo.root)
        let (_, commands) = try Self.validate(repo, [".claude/agents/docs-agent.md"])
        let command = try #require(commands["docs-agent"]?.first?["command"])
        let binary = TerritoryBinary.url.resolvingSymlinksInPath().path
        let moved = command.replacingOccurrences(of: binary, with: "/nonexistent/territory")
        #expect(moved != command, "\(command)")
        let input = Self.preToolUse("Edit", repo.root.appendingPathComponent("docs/guide.md"), cwd: repo.root)
        // Claude Code blocks the tool on exit 2 only; any other failure would let the write through.
        #expect(try Self.runHook(moved, in: repo, input: input).status == 2)
    }

    @Test func keepsExistingFilesUnlessForcedAndMergesSettings() throws {
        let repo = try ScenarioPlan.repository()
        let settings = """
            {
              "model": "opus",
              "permissions": { "allow": ["Bash(npm run *)"], "deny": [] },
              "cleanupPeriodDays": 30,
              "hooks": { "PostToolUse": [ { "matcher": "Edit", "hooks": [ { "type": "command", "command": "echo \\"edited\\"" } ] } ] }
            }

            """
        try repo.write(".claude/settings.json", settings)
        try repo.write(".claude/agents/api-agent.md", "---\nname: api-agent\ndescription: mine\n---\nmy own prompt\n")

        let dry = try TerritoryBinary.run(["setup", "claude-code", "--dry-run"], in: repo.root)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("would create .claude/agents/ui-agent.md:"))
        #expect(dry.stdout.contains("    name: \"ui-agent\""))
        #expect(dry.stdout.contains("would merge the guard into .claude/settings.json:"))
        #expect(!FileManager.default.fileExists(atPath: repo.root.appendingPathComponent(".claude/agents/ui-agent.md").path))
        #expect(try String(contentsOf: repo.root.appendingPathComponent(".claude/settings.json"), encoding: .utf8) == settings)

        let first = try TerritoryBinary.run(["setup", "claude-code"], in: repo.root)
        #expect(first.stdout.contains("kept .claude/agents/api-agent.md"), "\(first.stdout)")
        #expect(first.stdout.contains("merged the guard into .claude/settings.json"))
        let merged = try String(contentsOf: repo.root.appendingPathComponent(".claude/settings.json"), encoding: .utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(merged.utf8)) as? [String: Any])
        #expect(object["model"] as? String == "opus")
        #expect(object["cleanupPeriodDays"] as? Int == 30)
        #expect((object["permissions"] as? [String: Any])?["allow"] as? [String] == ["Bash(npm run *)"])
        let hooks = try #require(object["hooks"] as? [String: Any])
        #expect((hooks["PostToolUse"] as? [Any])?.count == 1)
        #expect((hooks["PreToolUse"] as? [Any])?.count == 1)
        // Keys stay in the order the person wrote them.
        let order = ["\"model\"", "\"permissions\"", "\"cleanupPeriodDays\"", "\"hooks\""].map { merged.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
        #expect(try Self.validate(repo, [".claude/settings.json"]).errors.isEmpty)

        let second = try TerritoryBinary.run(["setup", "claude-code"], in: repo.root)
        #expect(second.stdout.contains("unchanged .claude/settings.json"), "\(second.stdout)")
        #expect(second.stdout.contains("unchanged .claude/agents/ui-agent.md"))
        #expect(try String(contentsOf: repo.root.appendingPathComponent(".claude/settings.json"), encoding: .utf8) == merged)

        let forced = try TerritoryBinary.run(["setup", "claude-code", "--force"], in: repo.root)
        #expect(forced.stdout.contains("replaced .claude/agents/api-agent.md"), "\(forced.stdout)")
        #expect(try Self.validate(repo, [".claude/agents/api-agent.md"]).errors.isEmpty)
    }

    @Test func refusesSettingsItCannotReadAndUnknownWaves() throws {
        let repo = try ScenarioPlan.repository()
        try repo.write(".claude/settings.json", "{ \"hooks\": [ }\n")
        let broken = try TerritoryBinary.run(["setup", "claude-code"], in: repo.root)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains(".claude/settings.json is not valid JSON"), "\(broken.stderr)")
        #expect(!FileManager.default.fileExists(atPath: repo.root.appendingPathComponent(".claude/agents").path))
        let wave = try TerritoryBinary.run(["setup", "claude-code", "--wave", "4"], in: repo.root)
        #expect(wave.status == 2)
        #expect(wave.stderr.contains("no agent of \(ScenarioPlan.path) runs in wave 4"))
        let isolation = try TerritoryBinary.run(["setup", "claude-code", "--isolation", "container"], in: repo.root)
        #expect(isolation.status == 2)
    }
}
