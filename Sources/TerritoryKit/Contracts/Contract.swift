/// One integration contract as its markdown file declares it: who provides it, who consumes it,
/// the files it anchors, its code blocks and what of them binds. A plain value read from text, so
/// the command layer can read it at base and at head and compare.
public struct Contract: Sendable, Hashable {
    /// The contract file, repository-relative.
    public var file: String
    /// `id:` of the territory block, else the file stem.
    public var id: String
    public var title: String?
    /// `**Provider**:` (or `**Owner**:`, else `**Author**:`) as written.
    public var provider: ContractField?
    /// The consumer names, split and cleaned (`processing-agent, search-agent`).
    public var consumers: [String]
    public var consumersLocation: SourceLocation?
    public var status: ContractField?
    public var version: ContractField?
    /// Every `**File:**` / `File:` anchor, in order.
    public var anchors: [ContractAnchor]
    public var blocks: [ContractBlock]
    /// Globs the territory block declares frozen or append-only; `interface` lists the files
    /// consumers may import (default: the anchors).
    public var frozen: [ContractPattern]
    public var appendOnly: [ContractPattern]
    public var interface: [ContractPattern]
    /// Files whose blocks all bind, from the territory block's `require:`.
    public var requiredFiles: [ContractPattern]
    /// Imports the contract forbids (`forbid: [a/** -> b/**]`).
    public var forbidden: [ForbiddenDependency] = []
    public var diagnostics: [PlanDiagnostic]
    /// The provider came from `**Author**:` and a Provider/Owner line may still replace it.
    var providerFromAuthor = false

    public init(file: String, id: String) {
        self.file = file
        self.id = id
        consumers = []
        anchors = []
        blocks = []
        frozen = []
        appendOnly = []
        interface = []
        requiredFiles = []
        diagnostics = []
    }

    /// The blocks that bind (explicit `require`, or territory `require:` of their file).
    public var bindingBlocks: [ContractBlock] { blocks.filter { $0.binding != nil } }

    /// Every file the contract anchors, once, in order of first mention.
    public var anchoredFiles: [String] {
        var seen = Set<String>()
        let paths = anchors.map(\.path) + blocks.compactMap(\.file)
        return paths.filter { seen.insert($0).inserted }
    }

    /// Where the contract names its provider (line 1 when it names none), for findings.
    public var providerLocation: SourceLocation {
        provider?.location ?? SourceLocation(file: file, line: 1)
    }

    /// The version as a comparable string: `**Version**` plus any `[APPROVED - vN]` in the status.
    /// A change of either counts as a version bump.
    public var versionStamp: String {
        let approved = status.map { ContractField.approvedTag(in: $0.value) } ?? nil
        return [version?.value, approved].compactMap { $0 }.joined(separator: " ")
    }

    /// True when `agent` is the provider: its id, name or an alias equals the provider's name,
    /// compared without case, parentheticals and punctuation differences.
    public func isProvided(by agent: Agent) -> Bool {
        guard let provider else { return false }
        let wanted = ContractField.agentKey(provider.value)
        guard !wanted.isEmpty else { return false }
        return ([agent.id, agent.name] + agent.aliases).contains { ContractField.agentKey($0) == wanted }
    }

    /// True when `agent` is one of the contract's declared consumers (same comparison).
    public func isConsumed(by agent: Agent) -> Bool {
        let keys = Set(([agent.id, agent.name] + agent.aliases).map(ContractField.agentKey))
        return consumers.contains { keys.contains(ContractField.agentKey($0)) }
    }

    /// The provider's name for messages.
    public var providerName: String { provider?.value ?? "the contract's provider" }
}

/// A `**File:** \`src/x.py\`` line: the file the code blocks after it describe.
public struct ContractAnchor: Sendable, Hashable {
    public var path: String
    public var location: SourceLocation

    public init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }
}
