import TerritoryKit

/// What `.territory.yml` says about a change's findings: paths no rule looks at, paths every
/// agent may write (and whether only by adding lines), and each rule's severity.
struct ConfigPolicy {
    let config: RepositoryConfig
    private let ignored: [Glob]
    private let shared: [(glob: Glob, path: RepositoryConfig.SharedPath)]

    init(_ config: RepositoryConfig) {
        self.config = config
        ignored = config.ignore.compactMap { try? Glob($0) }
        shared = config.shared.compactMap { path in (try? Glob(path.pattern)).map { ($0, path) } }
    }

    var isEmpty: Bool { config.ignore.isEmpty && config.shared.isEmpty && config.severities.isEmpty }

    /// `findings` of `agent`'s `changes` as the file wants them; `base` and `head` give a path's
    /// text on each side, for append-only shared paths.
    func apply(_ findings: [Finding], agent: String, changes: [ChangedPath],
               base: (String) throws -> String?, head: (String) throws -> String?) throws -> [Finding] {
        guard !isEmpty else { return findings }
        var result = findings.filter { finding in
            !ignored.contains { $0.matches(finding.path) }
                && !(Self.sharedRules.contains(finding.rule) && shared.contains { $0.glob.matches(finding.path) })
        }
        for change in changes {
            guard !ignored.contains(where: { $0.matches(change.path) }),
                  let entry = shared.first(where: { $0.glob.matches(change.path) }), entry.path.appendOnly else { continue }
            if let lost = try appendOnlyViolation(change, base: base, head: head) {
                result.append(Finding(
                    rule: PolicyRules.sharedRule.id, severity: PolicyRules.sharedRule.defaultSeverity, agent: agent, path: change.path,
                    message: lost, plan: SourceLocation(file: RepositoryConfig.fileName, line: entry.path.line),
                    hint: "keep the existing lines of `\(change.path)` as they were and add yours below them"))
            }
        }
        return result.compactMap { finding in
            guard let severity = config.severity(of: finding.rule, default: finding.severity) else { return nil }
            var configured = finding
            configured.severity = severity
            return configured
        }
    }

    /// Findings a shared path does not get: it is everyone's.
    private static let sharedRules: Set<String> = ["outside-territory", "unowned-path"]

    private func appendOnlyViolation(_ change: ChangedPath, base: (String) throws -> String?,
                                     head: (String) throws -> String?) throws -> String? {
        switch change.status {
        case .added: return nil
        case .deleted: return "deleted `\(change.path)`, which is shared append-only"
        case .renamed: return "renamed `\(change.oldPath ?? change.path)`, which is shared append-only"
        case .modified, .typeChanged:
            guard let old = try base(change.path), let new = try head(change.path),
                  let lost = ContractAppendOnlyRule.firstLost(base: old, head: new) else { return nil }
            return "line \(lost.line) of `\(change.path)` was removed or changed: \"\(lost.text)\" (shared append-only)"
        }
    }
}
