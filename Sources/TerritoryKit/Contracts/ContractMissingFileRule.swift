/// A file a contract anchors (`**File:**`, `file=`) is not in the tree.
public struct ContractMissingFileRule: Sendable {
    public static let description = RuleDescription(
        id: "contract-missing-file", defaultSeverity: .warning,
        what: "A contract anchors code to a file (`**File:**` or `file=`) that does not exist in the tree.",
        why: "Either the provider has not delivered yet, or the anchor is a typo and the contract's `require` "
            + "blocks silently check nothing.",
        example: "`**File:** \\`src/storage/chroma_clinet.py\\`` while the tree has `src/storage/chroma_client.py`.",
        fix: "Create the file (provider), or correct the anchor in the contract.")

    public init() {}

    /// - Parameter treePaths: every file of the tree being judged (head, or the gate's target).
    public func evaluate(contract: Contract, treePaths: Set<String>) -> [Finding] {
        var findings: [Finding] = []
        var reported = Set<String>()
        let anchors = contract.anchors.map { ($0.path, $0.location) }
            + contract.blocks.compactMap { block in block.file.map { ($0, block.location) } }
        for (path, location) in anchors where !treePaths.contains(path) && reported.insert(path).inserted {
            // Anchors that are globs or folders describe areas, not files.
            guard !path.contains("*"), !path.hasSuffix("/") else { continue }
            let bound = contract.blocks.contains { $0.file == path && $0.binding != nil }
            findings.append(ContractRules.finding(
                Self.description, severity: bound ? .error : .warning, agent: nil, path: path, contract: contract,
                message: "`\(path)` is anchored by the contract but not in the tree", at: location,
                hint: "\(contract.providerName) creates it, or the anchor in \(contract.file) is corrected"))
        }
        return findings
    }
}
