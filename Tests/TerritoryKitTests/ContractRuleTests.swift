import Testing
import TerritoryKit

/// Each contract rule, positive and negative, on small texts.
@Suite struct ContractRuleTests {
    static let contractText = """
    # Storage
    **Provider**: storage-agent
    **Consumers**: search-agent
    **Version**: 1

    ```territory
    frozen: [src/storage/compression.py]
    append-only: [src/storage/__init__.py, migrations/]
    ```

    **File:** `src/storage/client.py`
    ```python require
    class Client:
        def add(self, doc_id, page): ...
    ```
    ```python
    def example(a): ...
    ```
    """
    static let contract = ContractReader().read(text: contractText, file: "contracts/storage.md")
    static func agent(_ id: String) -> Agent { Agent(id: id, name: id, location: SourceLocation(file: "plan.md", line: 1)) }

    @Test func frozenFiresForAConsumerEditingTheContractOrAFrozenPath() {
        let findings = ContractFrozenRule().evaluate(
            agent: Self.agent("search-agent"), changedPaths: ["contracts/storage.md", "src/storage/compression.py", "src/x.py"],
            contract: Self.contract, headText: Self.contractText + "\nmore", trailers: [])
        #expect(findings.map(\.path) == ["contracts/storage.md", "src/storage/compression.py"])
        #expect(findings.first?.plan == SourceLocation(file: "contracts/storage.md", line: 4))
        #expect(findings.first?.owners == ["storage-agent"])
        #expect(findings.first?.message.contains("consumers search-agent") == true)
    }

    @Test func frozenIsSilentForTheProviderAVersionBumpOrATrailer() {
        let rule = ContractFrozenRule()
        let paths = ["contracts/storage.md"]
        #expect(rule.evaluate(agent: Self.agent("storage-agent"), changedPaths: paths, contract: Self.contract, headText: nil, trailers: []).isEmpty)
        let bumped = Self.contractText.replacingOccurrences(of: "**Version**: 1", with: "**Version**: 2")
        #expect(rule.evaluate(agent: Self.agent("search-agent"), changedPaths: paths, contract: Self.contract, headText: bumped, trailers: []).isEmpty)
        #expect(rule.evaluate(agent: Self.agent("search-agent"), changedPaths: paths, contract: Self.contract, headText: nil,
                              trailers: ["Contract-Approved-By: storage-agent"]).isEmpty)
    }

    @Test func appendOnlyFileAcceptsAddedLinesOnly() {
        let rule = ContractAppendOnlyRule()
        let change = ChangedPath(status: .modified, path: "src/storage/__init__.py")
        let base = "from .a import A\nfrom .b import B\n"
        #expect(rule.evaluate(agent: nil, change: change, base: base, head: "from .a import A\nfrom .x import X\nfrom .b import B\nfrom .c import C\n", contracts: [Self.contract]).isEmpty)
        let broken = rule.evaluate(agent: nil, change: change, base: base, head: "from .a import A\nfrom .b import B2\n", contracts: [Self.contract])
        #expect(broken.count == 1)
        #expect(broken.first?.message.contains("line 2") == true)
        #expect(broken.first?.plan?.line == 8)
    }

    @Test func appendOnlyFolderAcceptsNewFilesOnly() {
        let rule = ContractAppendOnlyRule()
        #expect(rule.evaluate(agent: nil, change: ChangedPath(status: .added, path: "migrations/002.sql"), base: nil, head: "x", contracts: [Self.contract]).isEmpty)
        #expect(rule.evaluate(agent: nil, change: ChangedPath(status: .modified, path: "migrations/001.sql"), base: "a", head: "a\nb", contracts: [Self.contract]).count == 1)
        #expect(rule.evaluate(agent: nil, change: ChangedPath(status: .deleted, path: "migrations/001.sql"), base: "a", head: nil, contracts: [Self.contract]).count == 1)
    }

    @Test func signatureReportsOnlyWhatTheChangeBreaks() throws {
        let rule = ContractSignatureRule()
        let good = "class Client:\n    def add(self, doc_id: str, page: int):\n        pass\n"
        let renamed = "class Client:\n    def add(self, doc_id: str, page_num: int):\n        pass\n"
        let file = "src/storage/client.py"
        #expect(rule.evaluate(agent: nil, contract: Self.contract, file: file, base: good, head: good).isEmpty)
        #expect(rule.evaluate(agent: nil, contract: Self.contract, file: file, base: renamed, head: renamed).isEmpty, "broken at base: not this change's doing")
        let findings = rule.evaluate(agent: Self.agent("storage-agent"), contract: Self.contract, file: file, base: good, head: renamed)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("Client.add(doc_id, page)"))
        #expect(finding.message.contains("found Client.add(doc_id, page_num)"))
        #expect(finding.plan == SourceLocation(file: "contracts/storage.md", line: 14))
    }

    @Test func signatureGateListsWhatWasNeverDelivered() {
        let findings = ContractSignatureRule().evaluate(
            agent: nil, contract: Self.contract, file: "src/storage/client.py", base: nil, head: "class Client:\n    pass\n", gate: true)
        #expect(findings.map(\.message).contains { $0.contains("was never delivered") })
    }

    @Test func unmarkedBlocksGiveNotesAtMost() {
        let text = "**Provider**: p\n**File:** `a.py`\n```python\ndef f(x): ...\n```\n"
        let contract = ContractReader().read(text: text, file: "c.md")
        let findings = ContractSignatureRule().evaluate(agent: nil, contract: contract, file: "a.py", base: "def f(x): pass", head: "")
        #expect(findings.map(\.severity) == [.note])
    }

    @Test func missingAnchoredFile() {
        let rule = ContractMissingFileRule()
        #expect(rule.evaluate(contract: Self.contract, treePaths: ["src/storage/client.py"]).isEmpty)
        let findings = rule.evaluate(contract: Self.contract, treePaths: [])
        #expect(findings.map(\.path) == ["src/storage/client.py"])
        #expect(findings.first?.severity == .error)
    }
}
