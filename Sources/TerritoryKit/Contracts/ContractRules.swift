/// The contract rules' descriptions, for `territory rules` and the README, and the wording their
/// findings share: which contract, who provides it, who is affected.
public enum ContractRules {
    public static let all: [RuleDescription] = [
        ContractFrozenRule.description, ContractAppendOnlyRule.description,
        ContractSignatureRule.description, ContractMissingFileRule.description,
        ContractImportRule.description,
    ]

    /// "(storage-interface.md:3, provider storage-agent; consumers processing-agent, search-agent)"
    static func provenance(_ contract: Contract, line: SourceLocation? = nil) -> String {
        let at = line ?? contract.providerLocation
        let consumers = contract.consumers.isEmpty ? "" : "; consumers \(contract.consumers.joined(separator: ", "))"
        return "(contract \(at), provider \(contract.providerName)\(consumers))"
    }

    static func finding(
        _ description: RuleDescription, severity: Severity? = nil, agent: String?, path: String,
        contract: Contract, message: String, at location: SourceLocation?, hint: String
    ) -> Finding {
        Finding(
            rule: description.id, severity: severity ?? description.defaultSeverity, agent: agent, path: path,
            owners: contract.provider.map { [$0.value] } ?? [],
            message: "\(message) \(provenance(contract, line: location))",
            plan: location ?? contract.providerLocation, hint: hint)
    }
}
