/// The second half of `contract-import`: dependencies a contract forbids outright, judged on the
/// imports a change adds, whoever owns the importing and the imported file.
extension ContractImportRule {
    public func forbiddenImports(
        agent: Agent, change: ChangedPath, base: String?, head: String?, contracts: [Contract], resolver: ImportResolver
    ) -> [Finding] {
        let rules = contracts.flatMap { contract in
            contract.forbidden.filter { $0.from.matches(change.path) }.map { (contract, $0) }
        }
        guard !rules.isEmpty, let head, let language = ImportLanguage(path: change.path) else { return [] }
        let basePath = change.oldPath ?? change.path
        let before = Set((base.map { ImportExtractor.imports(in: $0, language: language) } ?? []).flatMap {
            resolver.resolve($0, from: basePath, language: language)
        })
        var findings: [Finding] = []
        for anImport in ImportExtractor.imports(in: head, language: language) {
            for target in resolver.resolve(anImport, from: change.path, language: language) where !before.contains(target) {
                guard let (contract, rule) = rules.first(where: { $0.1.to.matches(target) }) else { continue }
                findings.append(ContractRules.finding(
                    Self.description, agent: agent.id, path: change.path, contract: contract,
                    message: "`\(change.path):\(anImport.line)` imports `\(target)`; contract \(contract.id) forbids "
                        + "`\(rule.from.pattern)` -> `\(rule.to.pattern)`",
                    at: rule.from.location,
                    hint: "remove the import, or go through an interface the contract allows"))
            }
        }
        return findings
    }
}

/// A dependency a contract forbids: files matching `from` must not import files matching `to`
/// (`forbid: [src/ui/** -> src/db/**]` in the contract's territory block), whoever owns them.
public struct ForbiddenDependency: Sendable, Hashable {
    public var from: ContractPattern
    public var to: ContractPattern

    /// Parses `FROM -> TO`; nil when the arrow or a side is missing or not a valid pattern.
    static func parse(_ text: String, at location: SourceLocation) -> ForbiddenDependency? {
        let sides = text.components(separatedBy: "->").map { $0.trimming { " `\"'".contains($0) } }
        guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty,
              (try? Glob(sides[0])) != nil, (try? Glob(sides[1])) != nil else { return nil }
        return ForbiddenDependency(from: ContractPattern(pattern: sides[0], location: location),
                                   to: ContractPattern(pattern: sides[1], location: location))
    }
}
