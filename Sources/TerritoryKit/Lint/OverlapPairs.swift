/// The pairs of patterns that could meet on some path, found without comparing every pattern
/// with every other: a path two patterns both match starts with both literal prefixes (the
/// leading literal segments, `lib/m1` of `lib/m1/**/*.ts`), so one prefix must extend the other.
///
/// Prefixes go into a trie of segments; a pattern is paired with the patterns whose prefix ends
/// at its own node or at one of its ancestors. Patterns without a literal prefix (`**/*.ts`) sit
/// at the root and meet everything, as they may.
struct OverlapPairs {
    private struct Node {
        var children: [[UInt8]: Int] = [:]
        var patterns: [Int] = []
        var parent: Int?
    }

    /// Pairs `(first, second)` with `first < second`, each once, in ascending order.
    private(set) var pairs: [(Int, Int)] = []
    /// Pattern pairs looked at (before deduplication): the work the search did, which the tests
    /// compare across plan sizes.
    private(set) var visits = 0

    /// `patterns[i]` are the compiled alternatives of pattern `i` (empty for one that did not
    /// compile: it meets nothing).
    init(_ patterns: [[GlobAlternative]]) {
        var nodes = [Node()]
        var placed: [(pattern: Int, node: Int)] = []
        for (index, alternatives) in patterns.enumerated() {
            for alternative in alternatives {
                var node = 0
                for case .literal(let part) in alternative.segments.prefix(while: Self.isLiteral) {
                    if let child = nodes[node].children[part] {
                        node = child
                    } else {
                        nodes.append(Node(parent: node))
                        nodes[node].children[part] = nodes.count - 1
                        node = nodes.count - 1
                    }
                }
                if nodes[node].patterns.last != index { nodes[node].patterns.append(index) }
                placed.append((index, node))
            }
        }
        var seen: Set<Pair> = []
        for (pattern, node) in placed {
            // The same node (each unordered pair once) and every ancestor.
            for other in nodes[node].patterns where other > pattern { add(pattern, other, &seen) }
            var ancestor = nodes[node].parent
            while let current = ancestor {
                for other in nodes[current].patterns where other != pattern { add(pattern, other, &seen) }
                ancestor = nodes[current].parent
            }
        }
        pairs.sort { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    private struct Pair: Hashable {
        var first: Int
        var second: Int
    }

    private mutating func add(_ a: Int, _ b: Int, _ seen: inout Set<Pair>) {
        visits += 1
        let pair = Pair(first: min(a, b), second: max(a, b))
        if seen.insert(pair).inserted { pairs.append((pair.first, pair.second)) }
    }

    private static func isLiteral(_ segment: GlobAlternative.Segment) -> Bool {
        if case .literal = segment { return true }
        return false
    }
}
