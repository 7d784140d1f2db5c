import Testing
import TerritoryKit

/// Bare file names in a plan resolve against the tree's files, with a warning.
@Suite struct PlanBareNameTests {
    static let plan = PlanReader().read(text: """
        ## Agent 1: api-agent
        ### Territory
        - `documents_api.py`
        - `utils.py`
        - `missing.py`
        - `src/api/`
        """, file: "plan.md")

    @Test func uniqueNameBecomesItsPathAmbiguousAndMissingStayAndWarn() {
        let resolver = BareNameResolver()
        #expect(resolver.needsFiles(Self.plan))
        let files = ["src/processing/documents_api.py", "src/a/utils.py", "src/b/utils.py", "src/api/x.py"]
        let resolved = resolver.resolve(Self.plan, files: files)
        #expect(resolved.agents[0].entries.map(\.pattern) == ["src/processing/documents_api.py", "utils.py", "missing.py", "src/api/"])
        let bare = resolved.diagnostics.filter { $0.code == "bare-name" }
        #expect(bare.map(\.location.line) == [3, 4, 5])
        #expect(bare[1].message.contains("2 tracked files"))
        #expect(!resolver.needsFiles(Plan(file: "p", agents: [])))
    }
}
