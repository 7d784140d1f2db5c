/// Adds territory's session-level guard to a `.claude/settings.json`: one `PreToolUse` matcher
/// group running `territory guard`, appended after the groups already there. Every other key,
/// hook and group is kept as written, in its order; a hook with the identical command already
/// present means there is nothing to add.
///
/// Format (https://code.claude.com/docs/en/hooks#configuration): `hooks.PreToolUse` is an array
/// of matcher groups `{ "matcher": "Write|Edit", "hooks": [ { "type": "command", "command": … } ] }`.
struct ClaudeSettingsMerge {
    let matcher: String
    let command: String

    /// The merged text, or nil when the guard is already there; `existing` is nil when there is
    /// no file yet. Throws when the file is not a JSON object or its
    /// `hooks` has an unexpected shape: territory never rewrites what it cannot read.
    func merge(into existing: String?, file: String) throws -> String? {
        let document: OrderedJSON
        do {
            document = try existing.map { try OrderedJSON(parsing: $0) } ?? .object([])
        } catch {
            throw UserError("\(file) is not valid JSON: \(error)",
                            hint: "fix it (Claude Code cannot read it either), then run `territory setup claude-code` again")
        }
        guard case .object = document else {
            throw UserError("\(file) does not hold a JSON object", hint: "Claude Code settings are one object: { \"hooks\": … }")
        }
        let hooks = document["hooks"] ?? .object([])
        guard case .object = hooks else {
            throw UserError("\(file): `hooks` is not an object", hint: "see https://code.claude.com/docs/en/hooks#configuration")
        }
        let groups = hooks["PreToolUse"] ?? .array([])
        guard case .array(let existingGroups) = groups else {
            throw UserError("\(file): `hooks.PreToolUse` is not an array", hint: "see https://code.claude.com/docs/en/hooks#configuration")
        }
        if existingGroups.contains(where: containsGuard) { return nil }
        let group = OrderedJSON.object([
            ("matcher", .string(matcher)),
            ("hooks", .array([.object([("type", .string("command")), ("command", .string(command))])])),
        ])
        let merged = document.setting("hooks", hooks.setting("PreToolUse", .array(existingGroups + [group])))
        return merged.text
    }

    /// True when a matcher group already runs this exact command.
    private func containsGuard(_ group: OrderedJSON) -> Bool {
        guard case .array(let handlers)? = group["hooks"] else { return false }
        return handlers.contains { $0["command"] == .string(command) }
    }
}
