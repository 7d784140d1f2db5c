import Testing
import TerritoryKit

/// `contract-import` on small texts: interface imports pass, internals fire with the line,
/// imports already at the base, own files, unowned files and external modules stay silent.
@Suite struct ContractImportRuleTests {
    static let planText = """
    ## Agent 1: storage-agent
    ### Territory
    - `src/storage/**`

    ## Agent 2: processing-agent
    ### Territory
    - `src/processing/**`

    """
    static let contract = ContractReader().read(text: """
    # Storage
    **Provider**: storage-agent
    **Consumers**: processing-agent

    ```territory
    interface: [src/storage/client.py]
    ```
    """, file: "contracts/storage.md")
    static let resolver = ImportResolver(tracked: [
        "src/storage/__init__.py", "src/storage/client.py", "src/storage/compression.py", "src/processing/run.py",
        "src/processing/util.py", "tools/log.py",
    ])

    static func evaluate(base: String?, head: String, contracts: [Contract] = [contract]) throws -> [Finding] {
        let plan = PlanReader().read(text: planText, file: "plan.md")
        let agent = try #require(plan.agent(named: "processing-agent"))
        return ContractImportRule().evaluate(
            agent: agent, change: ChangedPath(status: base == nil ? .added : .modified, path: "src/processing/run.py"),
            base: base, head: head, map: TerritoryMap(plan: plan), contracts: contracts, resolver: resolver)
    }

    @Test func internalsFireWithLineOwnerContractAndFix() throws {
        let findings = try Self.evaluate(base: nil, head: "import os\nfrom src.storage.compression import LEVEL\n")
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "contract-import" && finding.severity == .error && finding.path == "src/processing/run.py")
        #expect(finding.message.contains("`src/processing/run.py:2` imports `src/storage/compression.py`"), "\(finding.message)")
        #expect(finding.message.contains("storage-agent") && finding.message.contains("contract storage"))
        #expect(finding.hint.contains("import through the interface: src/storage/client.py"), "\(finding.hint)")
        #expect(finding.plan == SourceLocation(file: "contracts/storage.md", line: 6))
    }

    /// A declared consumer importing the provider's package (`__init__.py`) is consuming the
    /// contract when the contract names no interface; an agent that is no consumer is not.
    @Test func aConsumerMayImportThePackageEntryWhenNoInterfaceIsDeclared() throws {
        let open = ContractReader().read(text: "# Storage\n**Provider**: storage-agent\n**Consumers**: processing-agent\n", file: "contracts/storage.md")
        #expect(try Self.evaluate(base: nil, head: "import src.storage\n", contracts: [open]).isEmpty)
        #expect(try Self.evaluate(base: nil, head: "from src.storage.compression import LEVEL\n", contracts: [open]).count == 1)
        // With an interface declared, the package entry is internal unless listed.
        #expect(try Self.evaluate(base: nil, head: "import src.storage\n").count == 1)
        let other = ContractReader().read(text: "# Storage\n**Provider**: storage-agent\n**Consumers**: search-agent\n", file: "contracts/storage.md")
        #expect(try Self.evaluate(base: nil, head: "import src.storage\n", contracts: [other]).count == 1)
    }

    @Test func interfaceOwnUnownedAndExternalImportsAreFine() throws {
        let head = "from src.storage.client import Client\nfrom . import util\nimport tools.log\nimport numpy\n"
        #expect(try Self.evaluate(base: nil, head: head).isEmpty)
    }

    /// black writes a long `from` import as a parenthesised list over several lines; its names
    /// are submodules as on one line. (They were dropped, so the import resolved to the package's
    /// `__init__.py`, an internal file: a false block.)
    @Test func aFromImportListOverSeveralLinesImportsItsSubmodules() throws {
        #expect(try Self.evaluate(base: nil, head: "from src.storage import (\n    client,\n)\n").isEmpty)
        let crossing = try Self.evaluate(base: nil, head: "from src.storage import (\n    compression,\n)\n")
        #expect(crossing.count == 1)
        #expect(crossing.first?.message.contains("`src/processing/run.py:1` imports `src/storage/compression.py`") == true, "\(crossing)")
    }

    @Test func importsPresentAtTheBaseAreNotReported() throws {
        let base = "from src.storage.compression import LEVEL\n"
        #expect(try Self.evaluate(base: base, head: "x = 1\n" + base).isEmpty)
        #expect(try Self.evaluate(base: base, head: base + "import src.storage.compression\n").isEmpty)
    }

    @Test func withoutAContractTheFindingSaysSoAndPointsAtThePlan() throws {
        let findings = try Self.evaluate(base: nil, head: "import src.storage.client\n", contracts: [])
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("no contract of storage-agent declares an interface") == true)
        #expect(findings.first?.plan?.file == "plan.md")
    }

    @Test func anchoredFilesAreTheDefaultInterface() throws {
        let anchored = ContractReader().read(text: """
        # Storage
        **Provider**: storage-agent

        **File:** `src/storage/compression.py`
        """, file: "contracts/storage.md")
        #expect(try Self.evaluate(base: nil, head: "import src.storage.compression\n", contracts: [anchored]).isEmpty)
        #expect(try Self.evaluate(base: nil, head: "import src.storage.client\n", contracts: [anchored]).count == 1)
        #expect(ContractRules.all.contains { $0.id == "contract-import" })
    }
}
