import Testing
@testable import TerritoryKit

struct PatternSetTests {
    @Test func indicesAscendingWithoutDuplicates() {
        let set = PatternSet(["src/**", "src/{a,b}/**", "src/a", "**/*.ts", "src/a/x.ts", "*/a"])
        #expect(set.matches("src/a/x.ts") == [0, 1, 2, 3, 4, 5])
        #expect(set.matches("src/b/y.ts") == [0, 1, 3])
        #expect(set.matches("lib/z.js").isEmpty)
        #expect(set.isMatch("src/a"))
        #expect(!set.isMatch("lib/z.js"))
    }

    @Test func invalidPatternsNeverMatchAndAreListed() {
        let set = PatternSet(["src/{id}", "", "**", "!x"])
        #expect(set.count == 4)
        #expect(set.errors.map(\.index) == [0, 1, 3])
        #expect(set.errors.map(\.error.kind) == [.placeholder, .empty, .exclusionNotAllowed])
        #expect(set.matches("src/{id}") == [2])
    }

    @Test func bufferIsClearedFirst() {
        let set = PatternSet(["a", "b"])
        var buffer = [7, 8, 9]
        set.matches("a/x", into: &buffer)
        #expect(buffer == [0])
        set.matches("c", into: &buffer)
        #expect(buffer.isEmpty)
    }

    @Test func emptyPathMatchesNothing() {
        #expect(PatternSet(["**", "*"]).matches("").isEmpty)
    }

    @Test func sharedExtensionAcrossSegments() {
        let set = PatternSet(["**/*.d/x.d", "a.d/**/*.d"])
        #expect(set.matches("a.d/b.d/x.d") == [0, 1])
    }
}

/// Each alternative lands in the bucket the design names; the differential test then proves
/// every bucket agrees with the naive reference.
struct PatternBucketTests {
    @Test("bucket choice", arguments: [
        ("src/api/handler.py", PatternBuckets.Bucket.literal), ("src/api/", .literal), ("app/(auth)/[id]", .literal),
        ("**/*.md", .extension), ("src/**/*.d.ts", .extension), ("packages/*/src", .prefix),
        ("lib/m1/**/*.ts", .prefix), ("tests/m1/test_*.py", .prefix), ("tests/*.py", .extension),
        ("docs/**", .literal), ("**/node_modules/**", .anySegment), ("*/p1/src/*", .anySegment),
        ("**", .general), ("*/*", .general), ("**/test_*", .general),
    ])
    func bucket(_ pattern: String, _ bucket: PatternBuckets.Bucket) throws {
        let alternatives = try PatternCompiler.compile(pattern)
        #expect(alternatives.map(\.bucket.bucket) == [bucket])
        #expect(PatternSet([pattern]).buckets.count(bucket) == 1)
    }
}
