import TerritoryGit
import TerritoryKit

/// The plan's contracts (`integration-contracts/*.md` next to the plan, read from the trusted
/// tree) applied to one agent's change: frozen paths, append-only files, declared signatures,
/// imports around a contract's interface.
struct ContractCheck {
    let contracts: [Contract]
    /// Owners of import targets, for `contract-import`.
    private let map: TerritoryMap
    /// The trusted tree's file list, read only when a changed file is a source file: import
    /// targets resolve against it plus the files the change adds.
    private let repository: Repository
    private let tree: ObjectID

    /// Reads the contracts of `map`'s plan from `tree`; none when the plan has no contracts folder.
    /// The map is the caller's, already compiled: the hooks must not compile the plan twice.
    init(repository: Repository, map: TerritoryMap, tree: ObjectID) throws {
        let plan = map.plan
        let folder = (plan.folder.isEmpty ? "" : plan.folder + "/") + "integration-contracts"
        var contracts: [Contract] = []
        for path in try repository.files(inTree: tree, under: folder) where path.hasSuffix(".md") {
            guard let bytes = try repository.blob(at: path, inTree: tree) else { continue }
            contracts.append(ContractReader().read(text: String(decoding: bytes, as: UTF8.self), file: path))
        }
        self.contracts = contracts
        self.map = map
        self.repository = repository
        self.tree = tree
    }

    /// The contract findings for `agent`'s changes. `base` and `head` give a path's text on each
    /// side (nil when absent); `trailers` are the `Key: value` lines of the commits judged.
    func findings(agent: Agent, changes: [ChangedPath], trailers: [String], gate: Bool = false,
                  base: (String) throws -> String?, head: (String) throws -> String?) throws -> [Finding] {
        guard !contracts.isEmpty else { return [] }
        let paths = changes.flatMap(\.touchedPaths)
        var findings: [Finding] = []
        for contract in contracts {
            let headText = paths.contains(contract.file) ? try head(contract.file) : nil
            findings += ContractFrozenRule().evaluate(
                agent: agent, changedPaths: paths, contract: contract, headText: headText, trailers: trailers)
            for file in contract.anchoredFiles where paths.contains(file) || gate {
                findings += ContractSignatureRule().evaluate(
                    agent: agent, contract: contract, file: file, base: try base(file), head: try head(file), gate: gate)
            }
            // At the gate, the provider's branch is about to be integrated: what its contract
            // anchors must exist by then.
            if gate, contract.isProvided(by: agent) {
                var present = Set<String>()
                for file in contract.anchoredFiles where try head(file) != nil { present.insert(file) }
                findings += ContractMissingFileRule().evaluate(contract: contract, treePaths: present).map { finding in
                    var owned = finding
                    owned.agent = agent.id
                    return owned
                }
            }
        }
        for change in changes where contracts.contains(where: { contract in contract.appendOnly.contains { $0.matches(change.path) } }) {
            findings += ContractAppendOnlyRule().evaluate(
                agent: agent, change: change, base: try base(change.oldPath ?? change.path), head: try head(change.path), contracts: contracts)
        }
        findings += try importFindings(agent: agent, changes: changes, base: base, head: head)
        return findings
    }

    /// `contract-import` for the added, modified and renamed source files of the change.
    private func importFindings(agent: Agent, changes: [ChangedPath],
                                base: (String) throws -> String?, head: (String) throws -> String?) throws -> [Finding] {
        // Only imports a change introduces are judged, so a file whose import lines are the same
        // at base and head needs nothing more; listing the tree (100k paths) is paid only when
        // some file gained an import.
        var sources: [(change: ChangedPath, before: String?, after: String?)] = []
        for change in changes where change.status != .deleted {
            guard let language = ImportLanguage(path: change.path) else { continue }
            let before = change.status == .added ? nil : try base(change.oldPath ?? change.path)
            let after = try head(change.path)
            let old = Set((before.map { ImportExtractor.imports(in: $0, language: language) } ?? []).map(\.specifier))
            let new = (after.map { ImportExtractor.imports(in: $0, language: language) } ?? []).map(\.specifier)
            if new.contains(where: { !old.contains($0) }) { sources.append((change, before, after)) }
        }
        guard !sources.isEmpty else { return [] }
        var tracked = Set(try repository.files(inTree: tree))
        for change in changes {
            if let old = change.oldPath, old != change.path { tracked.remove(old) }
            if change.status == .deleted { tracked.remove(change.path) } else { tracked.insert(change.path) }
        }
        let resolver = ImportResolver(tracked: tracked)
        var findings: [Finding] = []
        for source in sources {
            let rule = ContractImportRule()
            findings += rule.evaluate(
                agent: agent, change: source.change, base: source.before, head: source.after, map: map,
                contracts: contracts, resolver: resolver)
            findings += rule.forbiddenImports(
                agent: agent, change: source.change, base: source.before, head: source.after, contracts: contracts, resolver: resolver)
        }
        return findings
    }
}
