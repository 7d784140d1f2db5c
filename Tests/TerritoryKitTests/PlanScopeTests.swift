import Testing
import TerritoryKit

/// `PlanScope`: which paths are the plan's, so that `plan-modified` fires on them and `lint`
/// leaves them out of the tree.
@Suite struct PlanScopeTests {
    static func scope(_ file: String, writes: [String] = []) -> PlanScope {
        let entries = writes.enumerated().map { Entry(pattern: $1, access: .write, location: SourceLocation(file: file, line: $0 + 5)) }
        return PlanScope(plan: Plan(file: file, agents: [
            Agent(id: "a", name: "a", location: SourceLocation(file: file, line: 3), entries: entries),
        ]))
    }

    @Test func aDedicatedOrchestrationFolderIsThePlansWhole() {
        for folder in [".context-kit/orchestration/feature", ".claude/orchestration", ".context-kit/_specs/orchestration/x"] {
            let scope = Self.scope(folder + "/agent-assignments.md")
            #expect(scope.contains(folder + "/agent-assignments.md"))
            #expect(scope.contains(folder + "/notes.md"), "\(folder)")
            #expect(scope.contains(folder + "/integration-contracts/api.json"), "\(folder)")
            #expect(!scope.contains("src/a.py"))
        }
    }

    @Test func aGeneralFolderKeepsOnlyThePlanFilesAndContracts() {
        let scope = Self.scope("docs/agent-assignments.md")
        #expect(scope.contains("docs/agent-assignments.md"))
        #expect(scope.contains("docs/orchestration-plan.md"))
        #expect(scope.contains("docs/coordination-protocol.md"))
        #expect(scope.contains("docs/integration-contracts/api.md"))
        #expect(!scope.contains("docs/guide.md"))
        #expect(!scope.contains("docs/api/orchestration-plan.md"))
        #expect(!scope.contains("README.md"))
    }

    @Test func aPlanAtTheRootIsItsFileAndSiblingPlanFiles() {
        let scope = Self.scope("AGENT_ASSIGNMENTS.md")
        #expect(scope.contains("AGENT_ASSIGNMENTS.md"))
        #expect(scope.contains("orchestration-plan.md"))
        #expect(!scope.contains("README.md"))
        #expect(!scope.contains("src/main.swift"))
    }

    @Test func anAgentsWriteEntryInThePlanFolderWins() {
        let folder = ".context-kit/orchestration/feature/"
        let scope = Self.scope(folder + "agent-assignments.md", writes: [folder + "integration-contracts/api.md", "src/**"])
        #expect(!scope.contains(folder + "integration-contracts/api.md"))
        #expect(scope.contains(folder + "integration-contracts/ui.md"))
        #expect(!Self.scope("docs/agent-assignments.md", writes: ["docs/integration-contracts/"]).contains("docs/integration-contracts/a.md"))
        // A wildcard over the whole folder is not a claim on the plan's files.
        #expect(Self.scope("docs/agent-assignments.md", writes: ["docs/**"]).contains("docs/orchestration-plan.md"))
        #expect(Self.scope(folder + "agent-assignments.md", writes: [folder + "**"]).contains(folder + "notes.md"))
    }

    @Test func aSharedEntryInThePlanFolderDoesNotTakeTheFile() {
        let file = ".context-kit/orchestration/f/agent-assignments.md"
        let scope = PlanScope(plan: Plan(file: file, agents: [Agent(id: "a", name: "a", location: SourceLocation(file: file, line: 3), entries: [
            Entry(pattern: ".context-kit/orchestration/f/integration-contracts/README.md", access: .shared,
                  location: SourceLocation(file: file, line: 5)),
        ])]))
        #expect(scope.contains(".context-kit/orchestration/f/integration-contracts/README.md"))
    }

    @Test func thePlanFileStaysThePlansEvenWhenAnAgentListsIt() {
        let scope = Self.scope("docs/agent-assignments.md", writes: ["docs/agent-assignments.md", "docs/**"])
        #expect(scope.contains("docs/agent-assignments.md"))
    }
}
