import Foundation
import TestSupport
import Testing

/// Every contract kind, firing and silent, through each entry point: `check`, `gate` and the
/// pre-commit hook (the same change staged on a branch of no agent, judged with `--agent`).
@Suite struct ContractEntryPointTests {
    struct Case: Sendable, CustomStringConvertible {
        var rule: String
        var agent: String
        var path: String
        var breaking: String
        var legal: String
        /// Who makes the legal change, when it is legal because of who makes it (the provider).
        var legalAgent: String? = nil
        var description: String { rule }
    }

    static let cases: [Case] = [
        Case(rule: "contract-frozen", agent: "processing-agent", path: "src/storage/compression.py",
             breaking: "LEVEL = 1\n", legal: "LEVEL = 9\n", legalAgent: "storage-agent"),
        Case(rule: "contract-append-only", agent: "storage-agent", path: "src/storage/__init__.py",
             breaking: "from .client import Client\n", legal: "from .client import StorageClient\nfrom .client import Extra\n"),
        Case(rule: "contract-signature", agent: "storage-agent", path: "src/storage/client.py",
             breaking: ContractCommandTests.client.replacingOccurrences(of: "doc_id: str, page", with: "document: str, page"),
             legal: ContractCommandTests.client + "    def count(self) -> int: ...\n"),
        Case(rule: "contract-import", agent: "processing-agent", path: "src/processing/run.py",
             breaking: "from src.storage.compression import LEVEL\n", legal: "from src.storage.client import StorageClient\n"),
    ]

    /// The contract rules each entry point reports for one change, as `rule agent path` lines.
    static func rulesAtEveryEntryPoint(_ kind: Case, text: String, as agent: String? = nil) throws -> [String: [String]] {
        let agent = agent ?? kind.agent
        let repo = try ContractCommandTests.repository()
        try repo.branch("change") { try repo.write(kind.path, text) }
        var seen: [String: [String]] = [:]
        let check = try repo.territory(["check", "--format", "json", "--agent", agent, "change"])
        seen["check"] = try ContractCommandTests.rules(check)
        let gate = try repo.territory(["gate", "--base", "main", "--head", "change", "--agent", agent, "--format", "json"])
        seen["gate"] = try ContractCommandTests.rules(gate)
        try repo.git("checkout", "-q", "-b", "staging", "main")
        try repo.write(kind.path, text)
        try repo.git("add", "-A")
        let hook = try repo.territory(["hook", "pre-commit", "--agent", agent, "--format", "json"])
        seen["pre-commit"] = try ContractCommandTests.rules(hook)
        return seen
    }

    @Test(arguments: cases)
    func firesAtEveryEntryPoint(kind: Case) throws {
        let seen = try Self.rulesAtEveryEntryPoint(kind, text: kind.breaking)
        for entry in ["check", "gate", "pre-commit"] {
            #expect(seen[entry]?.contains("\(kind.rule) \(kind.agent) \(kind.path)") == true, "\(kind.rule) in \(entry): \(seen[entry] ?? [])")
        }
    }

    @Test(arguments: cases)
    func staysSilentForALegalChange(kind: Case) throws {
        let seen = try Self.rulesAtEveryEntryPoint(kind, text: kind.legal, as: kind.legalAgent)
        for entry in ["check", "gate", "pre-commit"] {
            #expect(!(seen[entry] ?? []).contains { $0.hasPrefix(kind.rule) }, "\(kind.rule) in \(entry): \(seen[entry] ?? [])")
        }
    }

    /// The attack: a consumer approves its own edit of a frozen path. Only a commit by an
    /// orchestrator listed in `territory.waiverAuthors` may carry the approval.
    @Test func selfApprovalOfAFrozenPathDoesNotCount() throws {
        let repo = try ContractCommandTests.repository()
        try repo.git("config", "territory.waiverAuthors", "lead@example.com")
        try repo.git("checkout", "-q", "-b", "change")
        try repo.write("src/storage/compression.py", "LEVEL = 1\n")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "tune compression\n\nContract-Approved-By: storage-agent")
        let own = try repo.territory(["check", "--format", "json", "--agent", "processing-agent", "change"])
        #expect(try ContractCommandTests.rules(own).contains("contract-frozen processing-agent src/storage/compression.py"), "\(own.stdout)")
        let ownGate = try repo.territory(["gate", "--base", "main", "--head", "change", "--agent", "processing-agent"])
        #expect(ownGate.status == 1)

        try repo.git(["commit", "-q", "--amend", "--reset-author", "-m", "tune compression\n\nContract-Approved-By: storage-agent"],
                     environment: ["GIT_AUTHOR_EMAIL": "lead@example.com"])
        let approved = try repo.territory(["check", "--format", "json", "--agent", "processing-agent", "change"])
        #expect(!(try ContractCommandTests.rules(approved).contains { $0.hasPrefix("contract-frozen") }), "\(approved.stdout)")
    }
}
