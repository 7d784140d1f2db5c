/// The plan most scenario tests share: three agents with territories, a read-only entry, an
/// exclusion and a Branch field. Line numbers below are asserted by the tests.
public enum ScenarioPlan {
    public static let path = ".context-kit/orchestration/feature/agent-assignments.md"

    public static let text = """
        # Agent Assignments: feature

        ## Agent 1: api-agent
        **Branch**: `work/api`
        **Wave**: 1

        ### Territory
        - `src/api/**`
        - `!src/api/generated/**`

        ### Read-Only
        - `src/shared/types.ts`

        ## Agent 2: ui-agent
        **Wave**: 1

        ### Territory
        - `src/ui/`
        - `src/shared/`
        - `src/api/generated/**`

        ## Agent 3: docs-agent
        **Wave**: 1

        ### Territory
        - `docs/**`

        """

    /// Plan lines the tests assert on.
    public enum Line {
        public static let apiAgent = 3
        public static let apiTerritory = 8
        public static let apiReadOnly = 12
        public static let uiTerritory = 18
        public static let uiShared = 19
        public static let uiGenerated = 20
        public static let docsAgent = 22
        public static let docsTerritory = 26
    }

    /// A repository whose main holds the plan and a file in every territory.
    public static func repository() throws -> GitRepository {
        let repo = try GitRepository()
        try repo.write(path, text)
        for file in ["src/api/routes.py", "src/api/generated/client.ts", "src/ui/App.tsx", "src/shared/types.ts", "docs/guide.md", "README.md"] {
            try repo.write(file, "\(file)\n")
        }
        try repo.commitAll("base")
        return repo
    }
}
