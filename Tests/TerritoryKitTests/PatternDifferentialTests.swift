import Testing
@testable import TerritoryKit

/// `PatternSet` (buckets + flat matcher) and `Glob` against the naive `PatternReference` on
/// generated trees and patterns: every path, every pattern, several seeds.
struct PatternDifferentialTests {
    @Test("PatternSet equals the naive reference", arguments: [1, 2, 3, 42] as [UInt64])
    func differential(seed: UInt64) {
        var generator = PatternGenerator(seed: seed)
        let paths = generator.tree(count: 1500)
        let patterns = (0..<250).map { _ in generator.pattern(from: paths) }
        let set = PatternSet(patterns)
        #expect(set.errors.isEmpty, "generated patterns are valid: \(set.errors.map(\.error.description))")
        let references = patterns.map(PatternReference.init)
        var buffer: [Int] = []
        var mismatches = 0
        for path in paths + ["src", "src/api", "a/b"] {
            let segments = path.split(separator: "/", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
            let expected = references.indices.filter { references[$0].matches(segments: segments) }
            set.matches(path, into: &buffer)
            if buffer != expected, mismatches < 10 {
                mismatches += 1
                let extra = Set(buffer).subtracting(expected).map { patterns[$0] }
                let missing = Set(expected).subtracting(buffer).map { patterns[$0] }
                Issue.record("\(path): extra \(extra), missing \(missing)")
            }
            #expect(set.isMatch(path) == !expected.isEmpty)
        }
    }

    @Test("Glob equals the naive reference", arguments: [7, 8] as [UInt64])
    func glob(seed: UInt64) throws {
        var generator = PatternGenerator(seed: seed)
        let paths = generator.tree(count: 400)
        for _ in 0..<100 {
            let pattern = generator.pattern(from: paths)
            let glob = try Glob(pattern)
            let reference = PatternReference(pattern)
            for path in paths where glob.matches(path) != reference.matches(path) {
                Issue.record("\(pattern) on \(path): engine \(glob.matches(path))")
            }
        }
    }
}
