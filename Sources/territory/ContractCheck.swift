import TerritoryGit
import TerritoryKit

/// The plan's contracts (`integration-contracts/*.md` next to the plan, read from the trusted
/// tree) applied to one agent's change: frozen paths, append-only files, declared signatures.
struct ContractCheck {
    let contracts: [Contract]

    /// Reads the contracts of `plan` from `tree`; none when the plan has no contracts folder.
    init(repository: Repository, plan: Plan, tree: ObjectID) throws {
        let folder = (plan.folder.isEmpty ? "" : plan.folder + "/") + "integration-contracts"
        var contracts: [Contract] = []
        for path in try repository.files(inTree: tree, under: folder) where path.hasSuffix(".md") {
            guard let bytes = try repository.blob(at: path, inTree: tree) else { continue }
            contracts.append(ContractReader().read(text: String(decoding: bytes, as: UTF8.self), file: path))
        }
        self.contracts = contracts
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
        }
        for change in changes where contracts.contains(where: { contract in contract.appendOnly.contains { $0.matches(change.path) } }) {
            findings += ContractAppendOnlyRule().evaluate(
                agent: agent, change: change, base: try base(change.oldPath ?? change.path), head: try head(change.path), contracts: contracts)
        }
        return findings
    }

    /// `Key: value` lines of commit messages, where approvals and waivers are written.
    static func trailers(_ messages: [(id: ObjectID, message: String)]) -> [String] {
        messages.flatMap { $0.message.split(separator: "\n").map(String.init) }.filter { line in
            guard let colon = line.firstIndex(of: ":") else { return false }
            return !line[..<colon].contains(" ")
        }
    }
}
