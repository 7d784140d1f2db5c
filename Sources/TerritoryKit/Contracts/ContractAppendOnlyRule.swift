/// A file a contract declares `append-only:` lost or changed lines, or a folder it declares
/// append-only got anything but new files.
public struct ContractAppendOnlyRule: Sendable {
    public static let description = RuleDescription(
        id: "contract-append-only", defaultSeverity: .error,
        what: "A change removes or edits existing lines of a file a contract declares `append-only:`, or modifies, "
            + "deletes or renames a file in an append-only folder.",
        why: "Append-only files (registries, `__init__.py` exports, migrations) are where several agents add entries; "
            + "an edit to an existing entry breaks whoever relies on it.",
        example: "`append-only: [src/storage/__init__.py, migrations/]`; a change rewrites an existing export line, "
            + "or edits `migrations/001_init.sql`.",
        fix: "Add new lines or files instead of editing; if an existing entry must change, ask the provider.")

    public init() {}

    /// - Parameters: `base` and `head` are the file's texts at both sides (nil when absent); the
    ///   line comparison needs both, the folder check needs neither.
    public func evaluate(agent: Agent?, change: ChangedPath, base: String?, head: String?, contracts: [Contract]) -> [Finding] {
        var findings: [Finding] = []
        for contract in contracts {
            for path in change.touchedPaths {
                guard let pattern = contract.appendOnly.first(where: { $0.matches(path) }) else { continue }
                guard let message = violation(change, path: path, folder: pattern.isFolder, base: base, head: head)
                else { continue }
                findings.append(ContractRules.finding(
                    Self.description, agent: agent?.id, path: path, contract: contract,
                    message: "\(message) (append-only `\(pattern.pattern)`)", at: pattern.location,
                    hint: "keep the existing lines as they were and add below them; ask \(contract.providerName) for edits"))
                break
            }
        }
        return findings
    }

    private func violation(_ change: ChangedPath, path: String, folder: Bool, base: String?, head: String?) -> String? {
        switch change.status {
        case .added: return nil
        case .deleted: return "deleted `\(path)`"
        case .renamed: return "renamed `\(path)`"
        case .modified, .typeChanged:
            if folder { return "modified `\(path)` in a folder that accepts only new files" }
            guard let base, let head else { return nil }
            return Self.firstLost(base: base, head: head).map { "line \($0.line) of `\(path)` was removed or changed: \"\($0.text)\"" }
        }
    }

    /// The first base line that no longer appears, in order, in head; nil when head only adds.
    public static func firstLost(base: String, head: String) -> (line: Int, text: String)? {
        let old = base.split(separator: "\n", omittingEmptySubsequences: false)
        let new = head.split(separator: "\n", omittingEmptySubsequences: false)
        var cursor = new.startIndex
        for (index, line) in old.enumerated() {
            // A trailing newline at the end of the base file is an empty last line; ignore it.
            if index == old.count - 1, line.isEmpty { break }
            guard let found = new[cursor...].firstIndex(of: line) else {
                return (index + 1, String(line.prefix(80)))
            }
            cursor = new.index(after: found)
        }
        return nil
    }
}
