/// A declaration a contract requires of a file (a `require` block anchored to it) was present at
/// the base and is missing or changed at head. Unmarked blocks under a `**File:**` anchor are
/// checked by name only and give notes, never errors: they may be examples.
public struct ContractSignatureRule: Sendable {
    public static let description = RuleDescription(
        id: "contract-signature", defaultSeverity: .error,
        what: "A change removes or alters a function, method or type that a contract's `require` block declares "
            + "for the anchored file (by name, parameter names, or exact text, per `match=`).",
        why: "Consumers call the interface as the contract wrote it; a renamed method or reordered parameter "
            + "breaks them at integration time, after every agent has finished.",
        example: "```python require file=src/storage/client.py``` declares `add(self, doc_id, page)`; the change "
            + "renames `page` to `page_num`.",
        fix: "Restore the declared signature; if it must change, ask the provider to bump the contract's version "
            + "and tell the consumers.")

    public init() {}

    /// Judges one anchored file. With `gate`, also reports declarations never delivered (absent
    /// at base and at head), for the final merge of a wave.
    public func evaluate(
        agent: Agent?, contract: Contract, file: String, base: String?, head: String?, gate: Bool = false
    ) -> [Finding] {
        guard let language = SourceLanguage(path: file) else { return [] }
        let atBase = base.map { DeclarationExtractor.declarations(in: $0, language: language) } ?? []
        let atHead = head.map { DeclarationExtractor.declarations(in: $0, language: language) } ?? []
        var findings: [Finding] = []
        for block in contract.blocks where block.file == file {
            guard let blockLanguage = block.sourceLanguage else { continue }
            let match = block.binding?.match ?? .name
            let bound = block.binding != nil
            for required in DeclarationExtractor.declarations(in: block.text, language: blockLanguage) {
                let present = atHead.contains { $0.satisfies(required, match) }
                guard !present else { continue }
                let wasPresent = atBase.contains { $0.satisfies(required, match) }
                guard wasPresent || (gate && bound) else { continue }
                let location = SourceLocation(file: contract.file, line: block.location.line + required.line)
                findings.append(finding(
                    required, regression: wasPresent, bound: bound, match: match, found: atHead,
                    agent: agent, file: file, contract: contract, at: location))
            }
        }
        return findings
    }

    private func finding(
        _ required: Declaration, regression: Bool, bound: Bool, match: ContractBinding.Match, found: [Declaration],
        agent: Agent?, file: String, contract: Contract, at location: SourceLocation
    ) -> Finding {
        let candidates = found.filter { $0.name == required.name }.map(\.description)
        let seen = candidates.isEmpty ? "not found" : "found \(candidates.joined(separator: "; "))"
        let state = regression ? "no longer matches" : "was never delivered"
        let affected = contract.consumers.isEmpty ? "its consumers" : contract.consumers.joined(separator: ", ")
        return ContractRules.finding(
            Self.description, severity: bound ? .error : .note, agent: agent?.id, path: file, contract: contract,
            message: "`\(required)` \(state) (match=\(match.rawValue)); \(seen)", at: location,
            hint: regression
                ? "restore the declared signature, or ask \(contract.providerName) to bump the contract and tell \(affected)"
                : "implement `\(required.qualifiedName)` as the contract declares, before the wave merges")
    }
}
