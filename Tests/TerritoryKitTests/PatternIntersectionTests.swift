import Testing
@testable import TerritoryKit

/// `PatternIntersection` finds a path two patterns share, even when no such file exists.
struct PatternIntersectionTests {
    @Test("hand-picked overlaps", arguments: [
        ("src/**/*.ts", "src/ui/**"), ("src/", "src/api/x.py"), ("docs/**", "docs/guide.md"),
        ("packages/*/src", "packages/core/**/*.swift"), ("src/{api,ui}/", "src/ui/App.tsx"),
        ("app/(auth)/[id]/page.tsx", "app/(auth)/**"), ("*.md", "README.md"), ("a/**/b", "a/b"),
        ("src/*_test.go", "src/x?_test.go"),
    ])
    func overlapping(pair: (String, String)) throws {
        let example = try #require(PatternIntersection.example(pair.0, pair.1), "\(pair) overlap")
        #expect(try Glob(pair.0).matches(example), "\(pair.0) should match \(example)")
        #expect(try Glob(pair.1).matches(example), "\(pair.1) should match \(example)")
    }

    @Test("hand-picked disjoint pairs", arguments: [
        ("src/api/", "src/ui/"), ("*.md", "*.ts"), ("docs/a.md", "docs/b.md"), ("src/api/**", "src/apiv2/x"),
        ("src/*/x.py", "src/a/b/y.py"),
    ])
    func disjoint(pair: (String, String)) {
        #expect(PatternIntersection.example(pair.0, pair.1) == nil)
    }

    /// Every example is matched by both patterns, and whenever a generated tree holds a path
    /// both patterns match, an example is found.
    @Test("agrees with matching on generated trees", arguments: [5, 6, 7] as [UInt64])
    func generated(seed: UInt64) throws {
        var generator = PatternGenerator(seed: seed)
        let paths = generator.tree(count: 400)
        let patterns = (0..<60).map { _ in generator.pattern(from: paths) }
        let globs = try patterns.map { try Glob($0) }
        for a in globs.indices {
            for b in globs.indices where a < b {
                let example = PatternIntersection.example(patterns[a], patterns[b])
                if let example {
                    #expect(globs[a].matches(example) && globs[b].matches(example), "\(patterns[a]) & \(patterns[b]) -> \(example)")
                } else {
                    let shared = paths.first { globs[a].matches($0) && globs[b].matches($0) }
                    #expect(shared == nil, "\(patterns[a]) & \(patterns[b]) share \(shared ?? "")")
                }
            }
        }
    }
}
