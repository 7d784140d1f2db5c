/// What `territory lint` says about a plan's contracts: one note per contract listing what was
/// read (provider, consumers, anchors, binding declarations), what the reader noticed, and the
/// anchors that point at no tracked file.
public struct ContractLint: Sendable {
    public static let declared = RuleDescription(
        id: "contract-declared", defaultSeverity: .note,
        what: "A contract as territory read it: provider, consumers, anchored files and binding blocks.",
        why: "A reviewer sees what will be enforced before the wave starts, and what is only an example.",
        example: "storage-interface (storage-interface.md): provider storage-agent; consumers processing-agent; anchors src/storage/client.py; 1 binding block.",
        fix: "Mark blocks that must bind with `require` in the info string, or a ```territory block.")

    public init() {}

    public func findings(_ contracts: [Contract], files: Set<String>) -> [Finding] {
        var findings: [Finding] = []
        for contract in contracts {
            let anchors = contract.anchoredFiles.isEmpty ? "none" : contract.anchoredFiles.joined(separator: ", ")
            let consumers = contract.consumers.isEmpty ? "none" : contract.consumers.joined(separator: ", ")
            let binding = contract.bindingBlocks.count
            findings.append(Finding(
                rule: Self.declared.id, severity: .note, agent: nil, path: contract.file,
                message: "\(contract.id): provider \(contract.providerName); consumers \(consumers); anchors \(anchors); "
                    + "\(binding) binding block\(binding == 1 ? "" : "s") of \(contract.blocks.count)",
                plan: contract.providerLocation, hint: Self.declared.fix))
            findings += contract.diagnostics.map { diagnostic in
                Finding(rule: diagnostic.code, severity: diagnostic.severity.asSeverity, agent: nil, path: contract.file,
                        message: diagnostic.message, plan: diagnostic.location, hint: "see docs/contracts.md")
            }
            findings += ContractMissingFileRule().evaluate(contract: contract, treePaths: files)
        }
        return findings
    }
}
