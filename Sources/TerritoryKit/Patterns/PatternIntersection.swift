/// Finds a path that two patterns both match, whether or not such a file exists yet: two
/// territories can overlap on files an agent has still to create (`src/**/*.ts` and `src/ui/**`).
public enum PatternIntersection {
    /// An example path matched by both patterns, or nil when no path is (or a pattern is invalid).
    public static func example(_ first: String, _ second: String) -> String? {
        guard let left = try? PatternCompiler.compile(first), let right = try? PatternCompiler.compile(second) else {
            return nil
        }
        return example(left, right)
    }

    /// The same for patterns compiled once by the caller, which compares each with many others.
    static func example(_ left: [GlobAlternative], _ right: [GlobAlternative]) -> String? {
        for a in left {
            for b in right {
                var memo: [Int: [[UInt8]]?] = [:]
                if let segments = solve(a, b, 0, 0, &memo) {
                    return segments.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "/")
                }
            }
        }
        return nil
    }

    /// Segments of a path whose remainder both `a[i...]` and `b[j...]` accept. A pattern matches a
    /// path when it matches a prefix of it with at least `minRest` segments left over, so once one
    /// side is used up the other finishes alone and the path is padded to satisfy both.
    private static func solve(_ a: GlobAlternative, _ b: GlobAlternative, _ i: Int, _ j: Int,
                              _ memo: inout [Int: [[UInt8]]?]) -> [[UInt8]]? {
        let key = i * (b.segments.count + 1) + j
        if let known = memo[key] { return known }
        let result = search(a, b, i, j, &memo)
        memo[key] = result
        return result
    }

    private static func search(_ a: GlobAlternative, _ b: GlobAlternative, _ i: Int, _ j: Int,
                               _ memo: inout [Int: [[UInt8]]?]) -> [[UInt8]]? {
        if i == a.segments.count || j == b.segments.count {
            // The finished side needs `minRest` segments after its match, the rest included; the
            // other side needs its own `minRest` after the segments it still had to match.
            let firstDone = i == a.segments.count
            let rest = firstDone ? alone(b, from: j) : alone(a, from: i)
            let (done, other) = firstDone ? (a, b) : (b, a)
            let leftover = max(other.minRest, done.minRest - rest.count, 0)
            return rest + Array(repeating: Array("x".utf8), count: leftover)
        }
        let x = a.segments[i], y = b.segments[j]
        if x == .globstar {
            if let zero = solve(a, b, i + 1, j, &memo) { return zero }
            if y != .globstar, let name = name(y), let more = solve(a, b, i, j + 1, &memo) { return [name] + more }
            return nil
        }
        if y == .globstar {
            if let zero = solve(a, b, i, j + 1, &memo) { return zero }
            if let name = name(x), let more = solve(a, b, i + 1, j, &memo) { return [name] + more }
            return nil
        }
        guard let name = SegmentIntersection.witness(bytes(x), bytes(y)),
              let more = solve(a, b, i + 1, j + 1, &memo) else { return nil }
        return [name] + more
    }

    /// A path for one pattern's remaining segments on their own (`**` matching nothing).
    private static func alone(_ glob: GlobAlternative, from index: Int) -> [[UInt8]] {
        glob.segments[index...].compactMap(name)
    }

    private static func name(_ segment: GlobAlternative.Segment) -> [UInt8]? {
        segment == .globstar ? nil : SegmentIntersection.witness(bytes(segment), bytes(segment))
    }

    private static func bytes(_ segment: GlobAlternative.Segment) -> [UInt8] {
        switch segment {
        case .literal(let bytes), .wildcard(let bytes): bytes
        case .globstar: [UInt8]("*".utf8)
        }
    }
}
