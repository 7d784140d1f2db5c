import Testing
@testable import TerritoryKit

@Suite struct PlanPathNormalizerTests {
    let normalizer = PathNormalizer(planFolder: ".context-kit/orchestration/x")

    /// `..` from the plan's folder: say where it would land, or that it leaves the repository.
    @Test func climbingEntriesSayWhereTheyGo() {
        guard case .unresolvable(let inside) = normalizer.normalize("../shared/x.py"),
              case .unresolvable(let outside) = normalizer.normalize("../../../../etc/passwd") else {
            Issue.record("`..` entries must be unresolvable")
            return
        }
        #expect(inside.contains("leaves the plan's folder") && inside.contains("`.context-kit/orchestration/shared/x.py`"), "\(inside)")
        #expect(outside == "a path outside the repository")
    }

    @Test(arguments: [
        ("src/api/handler.py", "src/api/handler.py"),
        ("./src/api/", "src/api/"),
        ("././src/**", "src/**"),
        ("/src/App.tsx", "src/App.tsx"),
        ("/vite.config.ts", "vite.config.ts"),
        ("/public/assets/**", "public/assets/**"),
        ("app/(auth)/[id]/page.tsx", "app/(auth)/[id]/page.tsx"),
        ("src/{a,b}.py", "src/{a,b}.py"),
        ("!src/generated/", "!src/generated/"),
        ("integration-contracts/IC-1.md", ".context-kit/orchestration/x/integration-contracts/IC-1.md"),
        ("modules/analysis", "modules/analysis"),
        ("./README.md", "README.md"),
    ])
    func repositoryPaths(raw: String, expected: String) {
        #expect(normalizer.normalize(raw) == .path(expected, bareName: false))
    }

    @Test(arguments: ["documents_api.py", "Dockerfile", ".env.template", "LICENSE", "*.xcodeproj"])
    func bareNamesAreKeptAndMarked(raw: String) {
        #expect(normalizer.normalize(raw) == .path(raw, bareName: true))
    }

    @Test(arguments: [
        "~/.config/app.json", "../sibling/app.py", "/Users/me/p/app.py", "/home/me/app.py",
        "/Volumes/DATA/app.md", "status/{agent-name}.json", "data/vtt/{doc_id}.vtt", "out/${AGENT}.log",
        "inbox/.../attachment/", "Theme.swift:396", "MenuBar/Chrome.swift:41–49", "C:\\src\\app.py",
        "src/app/../../etc",
    ])
    func unresolvableEntries(raw: String) {
        guard case .unresolvable = normalizer.normalize(raw) else {
            Issue.record("\(raw) should be unresolvable, got \(normalizer.normalize(raw))")
            return
        }
    }

    @Test(arguments: ["/api/users/{id}", "/documents/{doc_id}/vtt", "/api/export-bom", "GET /documents/{id}", "https://x.io/a.md"])
    func routesAndURLsAreNotPaths(raw: String) {
        guard case .notAPath = normalizer.normalize(raw) else {
            Issue.record("\(raw) should be a note, got \(normalizer.normalize(raw))")
            return
        }
    }

    @Test(arguments: ["compress_markdown()", "Theme.rowRich", "Theme.row*", "IC-001", "agent-a", "@scope/core", "pip install x", "", "  "])
    func symbolsAndProseAreIgnored(raw: String) {
        #expect(normalizer.normalize(raw) == .ignored)
    }

    @Test func planFolderIsOnlyUsedWhenThereIsOne() {
        #expect(PathNormalizer(planFolder: "").normalize("integration-contracts/a.md")
            == .path("integration-contracts/a.md", bareName: false))
    }
}
