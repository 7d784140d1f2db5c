/// A contract document, or a path its territory block declares frozen, was changed by an agent
/// that is not the contract's provider, without approval.
public struct ContractFrozenRule: Sendable {
    public static let description = RuleDescription(
        id: "contract-frozen", defaultSeverity: .error,
        what: "An agent other than the provider changed a contract, or a path the contract declares `frozen:`, "
            + "without a version bump or a `Contract-Approved-By:` trailer on a commit by a trusted author.",
        why: "Consumers build against the contract as approved; a silent edit moves the ground under agents "
            + "working in parallel, who will not notice until the merge.",
        example: "search-agent edits `integration-contracts/storage-interface.md` (provider storage-agent) and "
            + "leaves `**Version**: 1` as it was.",
        fix: "Ask the provider to make the change; or bump `**Version**`/`[APPROVED - vN]` in the contract on the base "
            + "branch; or have an orchestrator listed in `territory.waiverAuthors` make a commit with "
            + "`Contract-Approved-By: <provider>` (an agent's own trailer does not count).")

    /// The trailer that approves a contract change in any commit of the range.
    public static let approvalTrailer = "contract-approved-by:"

    public init() {}

    /// - Parameters:
    ///   - contract: the contract as read at the base (trusted) revision.
    ///   - headText: the contract file's text at head, nil when deleted; a changed version stamp approves.
    ///   - trailers: the trailer lines (`Key: value`) of the commits in the range that trusted
    ///     authors wrote: the caller drops the agent's own, which cannot approve its own change.
    public func evaluate(
        agent: Agent, changedPaths: [String], contract: Contract, headText: String?, trailers: [String]
    ) -> [Finding] {
        guard !contract.isProvided(by: agent) else { return [] }
        if trailers.contains(where: { $0.lowercased().hasPrefix(Self.approvalTrailer) }) { return [] }
        if let headText {
            let head = ContractReader().read(text: headText, file: contract.file)
            if !head.versionStamp.isEmpty, head.versionStamp != contract.versionStamp { return [] }
        }
        var findings: [Finding] = []
        for path in changedPaths {
            let location: SourceLocation?
            let what: String
            if path == contract.file {
                location = contract.version?.location ?? contract.status?.location
                what = "changed contract `\(path)` without a version bump or approval"
            } else if let pattern = contract.frozen.first(where: { $0.matches(path) }) {
                location = pattern.location
                what = "changed `\(path)`, frozen by contract `\(contract.id)` (`\(pattern.pattern)`)"
            } else {
                continue
            }
            findings.append(ContractRules.finding(
                Self.description, agent: agent.id, path: path, contract: contract, message: what, at: location,
                hint: "ask \(contract.providerName) to make this change, or bump **Version** in \(contract.file), "
                    + "or have an orchestrator (territory.waiverAuthors) commit `Contract-Approved-By: \(contract.providerName)`"))
        }
        return findings
    }
}
