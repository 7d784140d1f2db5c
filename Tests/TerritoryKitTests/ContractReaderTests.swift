import Foundation
import Testing
import TerritoryKit

/// `ContractReader` on the fixtures in `Fixtures/contracts/`: header styles, anchors, bindings,
/// the territory block, and diagnostics instead of failures.
@Suite struct ContractReaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/contracts")

    static func fixture(_ name: String) throws -> Contract {
        let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
        return ContractReader().read(text: text, file: "integration-contracts/\(name)")
    }

    @Test func pythonContractWithTerritoryBlock() throws {
        let contract = try Self.fixture("storage-interface.md")
        #expect(contract.id == "storage-interface")
        #expect(contract.provider?.value == "storage-agent")
        #expect(contract.consumers == ["processing-agent", "search-agent"])
        #expect(contract.version?.value == "1")
        #expect(contract.status?.value == "[APPROVED - v1]")
        #expect(contract.versionStamp == "1 v1")
        #expect(contract.frozen.map(\.pattern) == ["src/storage/compression.py"])
        #expect(contract.appendOnly.map(\.pattern) == ["src/storage/__init__.py", "migrations/"])
        #expect(contract.appendOnly.last?.isFolder == true)
        #expect(contract.anchors.map(\.path) == ["src/storage/client.py"])
        #expect(contract.blocks.count == 2)
        #expect(contract.bindingBlocks.count == 1)
        #expect(contract.bindingBlocks.first?.file == "src/storage/client.py")
        #expect(contract.blocks.last?.file == nil, "a new ## section ends the anchor")
        #expect(contract.diagnostics.isEmpty)
    }

    @Test func typeScriptContractWithColonInsideBoldAndBareFileAnchor() throws {
        let contract = try Self.fixture("api-response.contract.md")
        #expect(contract.id == "api-response.contract")
        #expect(contract.provider?.value == "backend-api-agent (Wave 1)")
        #expect(contract.consumers == ["library-agent", "details-agent"])
        #expect(contract.blocks.map(\.file) == ["frontend/src/api/types.ts", "frontend/src/api/client.ts"])
        #expect(contract.blocks.first?.binding?.match == .name)
        #expect(contract.blocks.last?.binding?.match == .params)
        let agent = Agent(id: "backend-api-agent", name: "Backend API", location: SourceLocation(file: "p.md", line: 1))
        #expect(contract.isProvided(by: agent))
    }

    @Test func swiftContractBoundByTerritoryRequire() throws {
        let contract = try Self.fixture("search-service.md")
        #expect(contract.provider?.value == "search-agent")
        let swift = try #require(contract.blocks.first)
        #expect(swift.binding == ContractBinding(match: .params, explicit: false))
        #expect(contract.blocks.last?.file == "tools/index/index.go")
        #expect(contract.blocks.last?.binding?.explicit == true)
    }

    @Test func problemsAreDiagnosticsNotFailures() {
        let text = "# X\n```territory\nfrozen: [a/**]\nbogus: 1\nnonsense\n```\n```python\ndef f(:\n"
        let contract = ContractReader().read(text: text, file: "c.md")
        let codes = contract.diagnostics.map(\.code)
        #expect(codes.filter { $0 == "contract-territory-block" }.count == 2)
        #expect(codes.contains("contract-unclosed-fence"))
        #expect(codes.contains("contract-no-provider"))
        #expect(contract.diagnostics.first?.location.line == 4)
        #expect(contract.frozen.map(\.pattern) == ["a/**"])
    }

    @Test func authorIsOnlyAFallbackProvider() {
        let contract = ContractReader().read(text: "**Author**: Spec Agent\n**Provider**: impl-agent\n", file: "c.md")
        #expect(contract.provider?.value == "impl-agent")
    }
}
