import Foundation
import TestSupport
import Testing

/// Contracts on real repositories: each kind fires and stays silent, in `check`, `gate` and the
/// pre-commit hook.
@Suite struct ContractCommandTests {
    static let folder = ".context-kit/orchestration/storage"

    static let plan = """
        ## Agent 1: storage-agent
        ### Territory
        - `src/storage/**`
        - `migrations/`

        ## Agent 2: processing-agent
        ### Territory
        - `src/processing/**`

        """

    static let client = """
        class StorageClient:
            def add_embedding(self, doc_id: str, page: int,
                              embeddings, metadata) -> str: ...
            def delete_document(self, doc_id: str) -> None: ...

        """

    static func repository() throws -> GitRepository {
        let repo = try GitRepository()
        try repo.write("\(folder)/agent-assignments.md", plan)
        let contract = try String(contentsOf: PackageRoot.url.appendingPathComponent("Fixtures/contracts/storage-interface.md"), encoding: .utf8)
        try repo.write("\(folder)/integration-contracts/storage-interface.md", contract)
        try repo.write("src/storage/client.py", client)
        try repo.write("src/storage/__init__.py", "from .client import StorageClient\n")
        try repo.write("src/storage/compression.py", "LEVEL = 3\n")
        try repo.write("src/processing/run.py", "run\n")
        try repo.commitAll("storage with its contract")
        return repo
    }

    static func rules(_ result: ProcessResult) throws -> [String] {
        try JSONReport(result.stdout).findingLines.filter { $0.hasPrefix("contract-") }
    }

    @Test func signatureBreakFiresAndAdditionsStaySilent() throws {
        let repo = try Self.repository()
        try repo.branch("agent/storage-agent") {
            try repo.write("src/storage/client.py", Self.client.replacingOccurrences(of: "page: int", with: "page_num: int"))
        }
        try repo.branch("storage-extra") {
            try repo.write("src/storage/client.py", Self.client + "    def count(self) -> int: ...\n")
        }
        let broken = try repo.territory(["check", "--format", "json", "agent/storage-agent"])
        #expect(try Self.rules(broken) == ["contract-signature storage-agent src/storage/client.py"])
        #expect(broken.status == 1)
        let added = try repo.territory(["check", "--format", "json", "--agent", "storage-agent", "storage-extra"])
        #expect(try Self.rules(added).isEmpty, "\(added.stdout)")
        #expect(added.status == 0)
        let gate = try repo.territory(["gate", "--base", "main", "--head", "agent/storage-agent"])
        #expect(gate.status == 1)
        #expect(gate.stdout.contains("contract-signature"))
    }

    @Test func appendOnlyAndFrozenFireForTheRightChanges() throws {
        let repo = try Self.repository()
        try repo.branch("agent/storage-agent") {
            try repo.write("src/storage/__init__.py", "from .client import Client\n")
            try repo.write("src/storage/compression.py", "LEVEL = 9\n")
        }
        let result = try repo.territory(["check", "--format", "json"])
        #expect(try Self.rules(result) == ["contract-append-only storage-agent src/storage/__init__.py"])
        try repo.branch("appending", from: "main") {
            try repo.write("src/storage/__init__.py", "from .client import StorageClient\nfrom .client import Extra\n")
        }
        let appended = try repo.territory(["check", "--format", "json", "--agent", "storage-agent", "appending"])
        #expect(try Self.rules(appended).isEmpty)
        try repo.branch("agent/processing-agent") { try repo.write("src/storage/compression.py", "LEVEL = 1\n") }
        let frozen = try repo.territory(["check", "--format", "json", "agent/processing-agent"])
        #expect(try Self.rules(frozen) == ["contract-frozen processing-agent src/storage/compression.py"])
    }

    @Test func preCommitBlocksAStagedSignatureBreak() throws {
        let repo = try Self.repository()
        try repo.git("checkout", "-q", "-b", "agent/storage-agent")
        try repo.write("src/storage/client.py", Self.client.replacingOccurrences(of: "def delete_document", with: "def remove_document"))
        try repo.git("add", "-A")
        let result = try repo.territory(["hook", "pre-commit", "--format", "json"])
        #expect(result.status == 1)
        #expect(try Self.rules(result) == ["contract-signature storage-agent src/storage/client.py"])
        try repo.write("src/storage/client.py", Self.client)
        try repo.git("add", "-A")
        #expect(try repo.territory(["hook", "pre-commit"]).status == 0)
    }

    @Test func lintListsContractsAndAnchorsThatPointNowhere() throws {
        let repo = try Self.repository()
        let listed = try repo.territory(["lint", "--format", "json"])
        let declared = try #require(try JSONReport(listed.stdout).findings.first { $0["rule"] as? String == "contract-declared" })
        let message = declared["message"] as? String ?? ""
        #expect(message.contains("provider storage-agent") && message.contains("src/storage/client.py"), "\(message)")
        try repo.git("rm", "-q", "src/storage/client.py")
        try repo.commitAll("client gone")
        let missing = try repo.territory(["lint", "--format", "json"])
        let missingPaths = try JSONReport(missing.stdout).findings
            .filter { $0["rule"] as? String == "contract-missing-file" }.map { $0["path"] as? String ?? "" }
        #expect(missingPaths == ["src/storage/client.py"], "\(missing.stdout)")
    }

    @Test func gateReportsAnchoredFilesTheProviderNeverDelivered() throws {
        let repo = try Self.repository()
        try repo.branch("agent/storage-agent") { try repo.git("rm", "-q", "src/storage/client.py") }
        let gate = try repo.territory(["gate", "--base", "main", "--head", "agent/storage-agent", "--format", "json"])
        #expect(try Self.rules(gate).contains("contract-missing-file storage-agent src/storage/client.py"), "\(gate.stdout)")
        #expect(gate.status == 1)
        try repo.branch("agent/processing-agent") { try repo.write("src/processing/run.py", "still runs\n") }
        let consumer = try repo.territory(["gate", "--base", "main", "--head", "agent/processing-agent", "--format", "json"])
        #expect(try Self.rules(consumer).filter { $0.hasPrefix("contract-missing-file") }.isEmpty)
    }
}
