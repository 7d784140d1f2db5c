import Foundation
import TerritoryEngine
import TerritoryKit
import TestSupport
import Testing

/// The edit guard, `lint`, `show` and `who`, asked of the engine directly.
@Suite struct GuardAndPlanUseCaseTests {
    @Test func guardDeniesAForeignEditAndAllowsAnOwnOne() throws {
        let fixture = try EngineFixture()
        let guarding = EditGuard(planPath: nil, agent: "ui-agent", requireAgent: false, environment: [:])
        let foreign = GuardRequest(toolName: "Edit", paths: ["src/api/routes.py"], workingDirectory: fixture.repo.path)
        guard case .deny(let reason) = try guarding.judge(foreign, directory: nil, currentDirectory: "/") else {
            Issue.record("a foreign edit was allowed")
            return
        }
        #expect(reason.contains("src/api/routes.py") && reason.contains("api-agent"))
        let own = GuardRequest(toolName: "Write", paths: [fixture.repo.path + "/src/ui/New.tsx"], workingDirectory: fixture.repo.path)
        #expect(try guarding.judge(own, directory: nil, currentDirectory: "/") == .allow(note: nil))
        let read = GuardRequest(toolName: "Read", paths: ["src/api/routes.py"], workingDirectory: fixture.repo.path)
        #expect(try guarding.judge(read, directory: nil, currentDirectory: "/") == .allow(note: nil))
    }

    @Test func guardWithoutIdentityAllowsUnlessRequired() throws {
        let fixture = try EngineFixture()
        let request = GuardRequest(toolName: "Edit", paths: ["src/api/routes.py"], workingDirectory: fixture.repo.path)
        let lenient = EditGuard(planPath: nil, agent: nil, requireAgent: false, environment: [:])
        #expect(try lenient.judge(request, directory: nil, currentDirectory: "/") == .allow(note: nil))
        let strict = EditGuard(planPath: nil, agent: nil, requireAgent: true, environment: [:])
        guard case .deny = try strict.judge(request, directory: nil, currentDirectory: "/") else {
            Issue.record("--require-agent allowed an edit of no agent")
            return
        }
    }

    @Test func planLintAndOwners() throws {
        let fixture = try EngineFixture()
        let engine = try fixture.engine()
        let loaded = try engine.plan(at: "HEAD")
        #expect(loaded.plan.agents.map(\.id) == ["api-agent", "ui-agent", "docs-agent"])
        #expect(loaded.source.hasPrefix("HEAD@"))
        #expect(throws: UserError.self) { try fixture.engine(plan: "nowhere.md").plan(at: "HEAD") }
        let lint = try engine.lint(ref: "HEAD")
        #expect(lint.command == "lint")
        #expect(lint.findings.contains { $0.rule == "unowned-file" })
        let (_, answers) = try engine.owners(of: ["routes.py", ":/src/ui/App.tsx"], ref: "HEAD", from: fixture.repo.path + "/src/api")
        #expect(answers.map(\.path) == ["src/api/routes.py", "src/ui/App.tsx"])
        #expect(answers[0].ownership.writers.map(\.agentID) == ["api-agent"])
        #expect(throws: UserError.self) { try engine.owners(of: ["/etc/passwd"], ref: "HEAD", from: fixture.repo.path) }
    }

    @Test func oneSlugRuleForIdsAndBranchKeys() {
        #expect(Agent.slug("Backend API Agent") == "backend-api-agent")
        #expect(Agent.slug("Café Agent") == "cafe-agent")
        #expect(Agent.slug("データ基盤 Agent") == "agent")
        #expect(Agent.slug("  ") == "")
    }
}
