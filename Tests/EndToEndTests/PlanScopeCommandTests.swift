import Foundation
import TestSupport
import Testing

/// `plan-modified` on real repositories: a plan in `docs/` shares the folder with documentation
/// an agent owns; an agent's write entry inside a dedicated plan folder is that agent's file.
@Suite struct PlanScopeCommandTests {
    @Test func aPlanInDocsLeavesTheDocumentationToItsOwner() throws {
        let repo = try GitRepository()
        try repo.write("docs/agent-assignments.md", ScenarioPlan.text)
        for file in ["src/api/routes.py", "src/ui/App.tsx", "docs/guide.md"] { try repo.write(file, "\(file)\n") }
        try repo.commitAll("base")
        try repo.branch("agent/docs-agent") {
            try repo.write("docs/guide.md", "a better guide\n")
            try repo.write("docs/orchestration-plan.md", "docs agent rewrites the plan\n")
            try repo.write("docs/integration-contracts/api.md", "docs agent edits a contract\n")
        }
        let check = try repo.territory(["check", "--format", "json", "agent/docs-agent"])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(try JSONReport(check.stdout).findingLines.sorted() == [
            "plan-modified docs-agent docs/integration-contracts/api.md",
            "plan-modified docs-agent docs/orchestration-plan.md",
        ])
    }

    @Test func anAgentsOwnFileInThePlanFolderIsItsFile() throws {
        let folder = ".context-kit/orchestration/feature/"
        let repo = try ScenarioPlan.repository()
        try repo.write(ScenarioPlan.path, ScenarioPlan.text.replacingOccurrences(
            of: "- `!src/api/generated/**`\n", with: "- `!src/api/generated/**`\n- `\(folder)progress/api-agent.md`\n"))
        try repo.write(folder + "progress/api-agent.md", "v1\n")
        try repo.commitAll("api-agent owns its progress file")
        try repo.branch("agent/api-agent") {
            try repo.write(folder + "progress/api-agent.md", "v2\n")
            try repo.write(folder + "progress/ui-agent.md", "api agent writes ui-agent's progress\n")
        }
        let check = try repo.territory(["check", "--format", "json", "agent/api-agent"])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(try JSONReport(check.stdout).findingLines == ["plan-modified api-agent \(folder)progress/ui-agent.md"])
    }
}
