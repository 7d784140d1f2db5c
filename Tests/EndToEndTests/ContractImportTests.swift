import Foundation
import TestSupport
import Testing

/// `contract-import` on a real repository: a consumer branch importing the provider's internals
/// is reported with its line by `territory check`; importing the declared interface is silent.
@Suite struct ContractImportTests {
    static let folder = ".context-kit/orchestration/storage"

    static let plan = """
        ## Agent 1: storage-agent
        ### Territory
        - `src/storage/**`

        ## Agent 2: processing-agent
        ### Territory
        - `src/processing/**`

        """

    static let contract = """
        # Storage Interface Contract

        **Provider**: storage-agent
        **Consumers**: processing-agent

        ```territory
        interface: [src/storage/client.py]
        ```
        """

    static func repository() throws -> GitRepository {
        let repo = try GitRepository()
        try repo.write("\(folder)/agent-assignments.md", plan)
        try repo.write("\(folder)/integration-contracts/storage-interface.md", contract)
        try repo.write("src/storage/client.py", "class StorageClient: ...\n")
        try repo.write("src/storage/compression.py", "LEVEL = 3\n")
        try repo.write("src/processing/run.py", "import os\n")
        try repo.commitAll("storage with its contract")
        return repo
    }

    @Test func internalsAreReportedWithTheLineAndTheInterfaceIsSilent() throws {
        let repo = try Self.repository()
        try repo.branch("agent/processing-agent") {
            try repo.write("src/processing/run.py", "import os\nfrom src.storage.compression import LEVEL\n")
        }
        try repo.branch("through-interface") {
            try repo.write("src/processing/run.py", "import os\nfrom src.storage.client import StorageClient\n")
        }
        let internals = try repo.territory(["check", "--format", "json", "agent/processing-agent"])
        let lines = try JSONReport(internals.stdout).findingLines.filter { $0.hasPrefix("contract-") }
        #expect(lines == ["contract-import processing-agent src/processing/run.py"], "\(internals.stdout)")
        #expect(internals.status == 1)
        let text = try repo.territory(["check", "agent/processing-agent"])
        #expect(text.stdout.contains("src/processing/run.py:2"), "\(text.stdout)")
        #expect(text.stdout.contains("import through the interface: src/storage/client.py"), "\(text.stdout)")
        let interface = try repo.territory(["check", "--format", "json", "--agent", "processing-agent", "through-interface"])
        #expect(try JSONReport(interface.stdout).findingLines.filter { $0.hasPrefix("contract-") }.isEmpty, "\(interface.stdout)")
        #expect(interface.status == 0)
    }

    @Test func forbiddenDependencyIsReportedWhoeverOwnsTheFiles() throws {
        let repo = try GitRepository()
        try repo.write("\(Self.folder)/agent-assignments.md", Self.plan)
        try repo.write("\(Self.folder)/integration-contracts/boundaries.md", """
            # Boundaries
            **Provider**: storage-agent

            ```territory
            forbid: [src/processing/** -> src/legacy/**]
            ```
            """)
        try repo.write("src/legacy/old.py", "OLD = 1\n")
        try repo.write("src/legacy/older.py", "OLDER = 1\n")
        try repo.write("src/processing/run.py", "from src.legacy.older import OLDER\n")
        try repo.commitAll("boundaries")
        try repo.branch("agent/processing-agent") {
            try repo.write("src/processing/run.py", "from src.legacy.older import OLDER\nfrom src.legacy.old import OLD\n")
        }
        let result = try repo.territory(["check", "--format", "json"])
        let contract = try JSONReport(result.stdout).findings.filter { ($0["rule"] as? String) == "contract-import" }
        #expect(contract.count == 1, "\(result.stdout)")
        #expect((contract.first?["message"] as? String)?.contains("src/processing/run.py:2") == true)
        #expect((contract.first?["message"] as? String)?.contains("src/legacy/old.py") == true)
        #expect(result.status == 1)
    }
}
