/// Many patterns compiled once into strategy buckets, answering "which patterns match this path"
/// in one pass (the globset design measured in notes/libgit2-swift.md §5).
///
/// Buckets, cheapest first; every candidate they yield is verified by the flat matcher:
/// - **literal**: alternatives without wildcards, keyed by their whole path; the path and each
///   of its ancestors is looked up once, O(depth), with an incrementally computed hash.
/// - **extension**: the last pattern segment requires an extension (`**/*.ts`, `src/**/*.d.ts`);
///   keyed by it and looked up with the extension of each path segment.
/// - **prefix**: the first segments are literal (`lib/m1/**/*.ts`, `packages/*/src`); keyed by
///   them and looked up with each ancestor of the path, like literals. Chosen before the
///   extension when there are two or more such segments, after it when there is one.
/// - **any segment**: some later segment is literal (`**/m1/**`, `*/p/src`); keyed by the
///   longest, looked up with every path segment.
/// - **general**: the rest (`*/x`, `**/test_*`), tried one by one.
///
/// Brace alternatives compile to several flat globs that report one index.
public final class PatternSet: Sendable {
    /// How many patterns were given (valid or not).
    public let count: Int
    /// Patterns that did not compile; they never match.
    public let errors: [(index: Int, error: PatternError)]

    let program: PatternProgram
    let buckets: PatternBuckets

    /// Compiles every pattern; invalid ones never match and are listed in `errors`.
    public init(_ patterns: [String]) {
        var program = PatternProgram()
        var errors: [(index: Int, error: PatternError)] = []
        var items: [(bucket: PatternBuckets.Bucket, hash: UInt64, id: Int)] = []
        for (index, pattern) in patterns.enumerated() {
            let alternatives: [GlobAlternative]
            do {
                alternatives = try PatternCompiler.compile(pattern)
            } catch {
                errors.append((index, error))
                continue
            }
            for alternative in alternatives {
                let id = program.append(alternative, index: index)
                let (bucket, key) = alternative.bucket
                items.append((bucket, bucket == .general ? 0 : PatternHash.of(key), id))
            }
        }
        count = patterns.count
        self.errors = errors
        self.program = program
        self.buckets = PatternBuckets(items)
    }

    /// Indices (into the input array) of every pattern that matches `path`, ascending, without
    /// duplicates.
    public func matches(_ path: String) -> [Int] {
        var result: [Int] = []
        matches(path, into: &result)
        return result
    }

    /// Same, appending into a caller-owned buffer (cleared first) to avoid allocation in batch loops.
    public func matches(_ path: String, into result: inout [Int]) {
        result.removeAll(keepingCapacity: true)
        collect(path, into: &result, stopAtFirst: false)
        Self.sortUnique(&result)
    }

    /// Whether any pattern matches `path`.
    public func isMatch(_ path: String) -> Bool {
        var result: [Int] = []
        collect(path, into: &result, stopAtFirst: true)
        return !result.isEmpty
    }

    /// Sorts in place and drops repeats; insertion sort for the usual handful of results.
    static func sortUnique(_ list: inout [Int]) {
        guard list.count > 1 else { return }
        if list.count > 32 {
            list.sort()
        } else {
            insertionSort(&list)
        }
        var kept = 1
        for i in 1..<list.count where list[i] != list[kept - 1] {
            list[kept] = list[i]
            kept += 1
        }
        list.removeLast(list.count - kept)
    }

    private static func insertionSort(_ list: inout [Int]) {
        for i in 1..<list.count {
            let value = list[i]
            var j = i - 1
            while j >= 0, list[j] > value {
                list[j + 1] = list[j]
                j -= 1
            }
            list[j + 1] = value
        }
    }
}
