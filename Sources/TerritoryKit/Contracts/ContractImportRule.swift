/// A changed file imports another agent's internals: a file in that agent's territory that no
/// contract of theirs declares as its interface. Only imports the change introduces count; the
/// ones already at the base were either accepted or reported before.
public struct ContractImportRule: Sendable {
    public static let description = RuleDescription(
        id: "contract-import", defaultSeverity: .error,
        what: "A changed file imports a file in another agent's territory that is not an interface file (`interface:`, "
            + "default: the anchored files) of a contract that agent provides.",
        why: "Internals change without notice while agents work in parallel; only the contract's interface is promised "
            + "to stay put, so an import around it breaks at the merge.",
        example: "processing-agent adds `from src.storage.compression import LEVEL` to `src/processing/run.py`; the "
            + "storage contract's interface is `src/storage/client.py`.",
        fix: "Import through the interface the contract declares, or ask the provider to add the file to `interface:`.")

    public init() {}

    /// Judges one added or modified file of `agent`. `base` is the file's text before the change
    /// (its old path for a rename), nil when added; `head` its text after.
    public func evaluate(
        agent: Agent, change: ChangedPath, base: String?, head: String?, map: TerritoryMap,
        contracts: [Contract], resolver: ImportResolver
    ) -> [Finding] {
        guard let head, let language = ImportLanguage(path: change.path) else { return [] }
        let basePath = change.oldPath ?? change.path
        let before = Set((base.map { ImportExtractor.imports(in: $0, language: language) } ?? []).flatMap {
            resolver.resolve($0, from: basePath, language: language)
        })
        var findings: [Finding] = []
        var reported = Set<String>()
        for anImport in ImportExtractor.imports(in: head, language: language) {
            let foreign = resolver.resolve(anImport, from: change.path, language: language).compactMap { target in
                let owners = map.ownership(of: target).owners
                return owners.isEmpty || owners.contains(agent.id) ? nil : (target, owners)
            }
            guard let (target, owners) = foreign.first, !foreign.contains(where: { before.contains($0.0) }) else { continue }
            let providers = map.plan.agents.filter { owners.contains($0.id) }
            let theirs = contracts.filter { contract in providers.contains { contract.isProvided(by: $0) } }
            if foreign.contains(where: { item in theirs.contains { Self.isInterface(item.0, of: $0) } }) { continue }
            // A declared consumer may import the provider's package entry when the contract names
            // no interface: the package's front door is what "consuming the contract" means.
            if foreign.contains(where: { item in
                Self.isPackageEntry(item.0) && theirs.contains { $0.interface.isEmpty && $0.isConsumed(by: agent) }
            }) { continue }
            guard reported.insert(target).inserted else { continue }
            findings.append(finding(
                agent: agent, file: change.path, line: anImport.line, target: target, owners: owners, contracts: theirs,
                map: map))
        }
        return findings
    }

    /// The files consumers may import: the `interface:` globs, or the anchored files.
    static func isInterface(_ path: String, of contract: Contract) -> Bool {
        contract.interface.isEmpty ? contract.anchoredFiles.contains(path) : contract.interface.contains { $0.matches(path) }
    }

    /// `__init__.py`, `index.{ts,tsx,js,jsx,mjs,cjs}`, `mod.rs`, `lib.rs`: the file a package's
    /// importers reach by naming the package.
    static func isPackageEntry(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return ["__init__.py", "mod.rs", "lib.rs"].contains(name)
            || ["ts", "tsx", "js", "jsx", "mjs", "cjs"].contains { name == "index." + $0 }
    }

    /// The interface as written, for the fix hint.
    static func interfaceList(_ contract: Contract) -> String {
        (contract.interface.isEmpty ? contract.anchoredFiles : contract.interface.map(\.pattern)).joined(separator: ", ")
    }

    private func finding(
        agent: Agent, file: String, line: Int, target: String, owners: [String], contracts: [Contract], map: TerritoryMap
    ) -> Finding {
        let who = owners.joined(separator: ", ")
        let what = "`\(file):\(line)` imports `\(target)`, an internal file of \(who)"
        let declared = contracts.filter { !Self.interfaceList($0).isEmpty }
        guard let contract = declared.first else {
            return Finding(
                rule: Self.description.id, severity: Self.description.defaultSeverity, agent: agent.id, path: file,
                owners: owners, message: "\(what); no contract of \(who) declares an interface",
                plan: map.ownership(of: target).writers.first?.entry.location,
                hint: "ask \(who) for a contract with an `interface:` to import, or keep the code in your territory")
        }
        let interfaces = declared.map { "\(Self.interfaceList($0)) (contract \($0.id))" }.joined(separator: "; ")
        let names = declared.map(\.id).joined(separator: ", ")
        return ContractRules.finding(
            Self.description, agent: agent.id, path: file, contract: contract,
            message: "\(what), not in the interface of contract \(names)", at: contract.interface.first?.location,
            hint: "import through the interface: \(interfaces); or ask \(contract.providerName) to add `\(target)` to `interface:`")
    }
}
