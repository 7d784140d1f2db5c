import Foundation
import Testing
import TerritoryKit

/// Opt-in robustness run over real contracts: every `*/integration-contracts/*.md` under
/// `TERRITORY_CONTRACTS_CORPUS` (default `/work/shared/corpus`). Skipped when the folder is
/// absent. Prints one line per contract; `scripts/contracts-corpus.sh` drives it.
@Suite struct ContractCorpusTests {
    static var corpus: URL {
        URL(fileURLWithPath: ProcessInfo.processInfo.environment["TERRITORY_CONTRACTS_CORPUS"] ?? "/work/shared/corpus")
    }

    static func contractFiles() -> [URL] {
        guard let walker = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "md" && $0.path.contains("integration-contracts") }
            .sorted { $0.path < $1.path }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus.path)))
    func readsEveryRealContractWithoutCrashing() throws {
        var totals = (files: 0, provider: 0, anchors: 0, blocks: 0, bound: 0, declarations: 0, diagnostics: 0)
        for url in Self.contractFiles() {
            let text = try String(contentsOf: url, encoding: .utf8)
            let contract = ContractReader().read(text: text, file: url.lastPathComponent)
            let declarations = contract.blocks.reduce(0) { sum, block in
                sum + (block.sourceLanguage.map { DeclarationExtractor.declarations(in: block.text, language: $0).count } ?? 0)
            }
            totals.files += 1
            totals.provider += contract.provider == nil ? 0 : 1
            totals.anchors += contract.anchors.count
            totals.blocks += contract.blocks.count
            totals.bound += contract.bindingBlocks.count
            totals.declarations += declarations
            totals.diagnostics += contract.diagnostics.count
            let relative = url.path.replacingOccurrences(of: Self.corpus.path + "/", with: "")
            print("contract \(relative): provider=\(contract.provider?.value ?? "-") consumers=\(contract.consumers.joined(separator: ",")) "
                + "anchors=\(contract.anchors.count) blocks=\(contract.blocks.count) bound=\(contract.bindingBlocks.count) "
                + "declarations=\(declarations) diagnostics=\(contract.diagnostics.count)")
        }
        print("contracts-summary files=\(totals.files) with-provider=\(totals.provider) anchors=\(totals.anchors) "
            + "blocks=\(totals.blocks) bound=\(totals.bound) declarations=\(totals.declarations) diagnostics=\(totals.diagnostics)")
        #expect(totals.files > 0)
    }
}
