/// The paths that make up the plan, which `plan-modified` protects and `lint` leaves out of the
/// tree. Computed once per run; every changed path is tested against it.
///
/// - The plan file itself, always.
/// - A dedicated orchestration folder (one with an `orchestration` segment:
///   `.context-kit/orchestration/<name>/`, `.claude/orchestration/`): everything in it.
/// - Any other folder (`docs/`, `specs/feature/`, the root) is shared with files agents own, so
///   only the sibling plan files (`orchestration-plan.md`, `coordination-protocol.md`, …) and
///   `integration-contracts/` count there.
///
/// An agent's explicit write entry inside the plan's folder wins: that file is the agent's.
public struct PlanScope: Sendable, Hashable {
    public let file: String
    private let folderPrefix: String
    private let dedicated: Bool
    /// Write entries that name something inside the plan's folder (`docs/integration-contracts/`,
    /// not `docs/**`: a wildcard over the whole folder is not a claim on the plan's files).
    private let agentFiles: [Glob]

    /// Sibling files that belong to the plan when it sits in a general folder (lower-cased).
    static let siblingPlanFiles: Set<String> = [
        "agent-assignments.md", "agent_assignments.md", "orchestration-plan.md", "coordination-protocol.md",
        "validation-strategy.md", "execution-plan.md", "wave-plan.md",
    ]
    static let contractsFolder = "integration-contracts/"

    public init(plan: Plan) {
        file = plan.file
        let folder = plan.folder
        folderPrefix = folder.isEmpty ? "" : folder + "/"
        dedicated = folder.split(separator: "/").contains { $0.lowercased() == "orchestration" }
        let prefix = folderPrefix
        agentFiles = plan.agents.flatMap(\.entries).compactMap { entry -> Glob? in
            // A shared entry (`README.md (append section)`) does not make the file the agent's.
            guard entry.access == .write, !entry.isExclusion,
                  entry.pattern.hasPrefix(prefix), entry.pattern != plan.file,
                  Self.namesSomethingInside(entry.pattern.dropFirst(prefix.count)) else { return nil }
            return try? Glob(entry.pattern)
        }
    }

    public func contains(_ path: String) -> Bool {
        if path == file { return true }
        guard path.hasPrefix(folderPrefix), isPlanPath(path.dropFirst(folderPrefix.count)) else { return false }
        return !agentFiles.contains { $0.matches(path) }
    }

    /// The first segment below the plan's folder is literal: the entry names a file or folder there.
    private static func namesSomethingInside(_ rest: Substring) -> Bool {
        let first = rest.prefix { $0 != "/" }
        return !first.isEmpty && !first.contains { $0 == "*" || $0 == "?" || $0 == "[" || $0 == "{" }
    }

    /// `rest` is the path below the plan's folder.
    private func isPlanPath(_ rest: Substring) -> Bool {
        if dedicated { return true }
        if rest.hasPrefix(Self.contractsFolder) { return true }
        return !rest.contains("/") && Self.siblingPlanFiles.contains(rest.lowercased())
    }
}
