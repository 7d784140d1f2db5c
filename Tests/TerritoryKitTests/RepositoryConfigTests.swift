import Testing
import TerritoryKit

/// `.territory.yml`: every key, and every kind of bad file naming its key and line.
@Suite struct RepositoryConfigTests {
    @Test func readsEveryKey() throws {
        let config = try RepositoryConfig.parse("""
            version: 1
            plan: docs/orchestration/billing/
            base: develop
            rules:
              unowned-path: error
              stale-base: off
            ignore:
              - "**/package-lock.json"
            shared:
              - README.md
              - { path: CHANGELOG.md, rule: append-only }
            waiver-authors: [Lead@Example.com]
            trailer: Agent-Id
            without-territory: [orchestrator]
            """)
        #expect(config.plan == "docs/orchestration/billing/")
        #expect(config.base == "develop")
        #expect(config.severity(of: "unowned-path", default: .warning) == .error)
        #expect(config.severity(of: "stale-base", default: .warning) == nil)
        #expect(config.severity(of: "outside-territory", default: .error) == .error)
        #expect(config.ignore == ["**/package-lock.json"])
        #expect(config.shared.map(\.pattern) == ["README.md", "CHANGELOG.md"])
        #expect(config.shared.map(\.appendOnly) == [false, true])
        #expect(config.shared.map(\.line) == [10, 11])
        #expect(config.waiverAuthors == ["lead@example.com"])
        #expect(config.trailer == "Agent-Id")
        #expect(config.withoutTerritory == ["orchestrator"])
    }

    @Test func emptyFileIsTheDefaults() throws {
        #expect(try RepositoryConfig.parse("") == RepositoryConfig())
    }

    @Test(arguments: [
        ("plan: x\n", "version", 1),
        ("version: 2\n", "version", 1),
        ("version: 1\nplans: x\n", "plans", 2),
        ("version: 1\nrules:\n  unowned-path: fatal\n", "rules.unowned-path", 3),
        ("version: 1\nignore: lockfile\n", "ignore", 2),
        ("version: 1\nshared:\n  - { path: a, rule: sorted }\n", "shared.rule", 3),
        ("version: 1\nbase: [a, b]\n", "base", 2),
        ("version: 1\nplan: [unclosed\n", "(file)", 3),
        ("- a\n- b\n", "(file)", 1),
    ])
    func badFilesNameTheKeyAndLine(text: String, key: String, line: Int) {
        do {
            _ = try RepositoryConfig.parse(text)
            Issue.record("\(text) was accepted")
        } catch {
            #expect(error.key == key, "\(error)")
            #expect(error.line == line, "\(error)")
            #expect(error.description.hasPrefix(".territory.yml:\(line): \(key): "))
        }
    }
}
