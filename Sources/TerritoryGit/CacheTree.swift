/// The index's cache-tree (`TREE` extension): for each directory git has written as a tree,
/// that tree's id, as long as no entry below it changed since. A valid node whose id equals
/// HEAD's subtree id means nothing below it is staged; this is how `git diff --cached` avoids
/// looking at all 100,000 entries, and what libgit2 1.5.1's `git_diff_tree_to_index` lacks.
///
/// Nodes are stored in the file's pre-order; a node's children follow it, each child's
/// subtree ending where the next sibling starts (`end`).
struct CacheTree {
    struct Node {
        /// The directory's own name (one path component), as a range of `IndexFile.bytes`.
        var nameStart: Int
        var nameCount: Int
        /// Where the tree id starts in `IndexFile.bytes`; nil for an invalidated node.
        var idOffset: Int?
        var subtreeCount: Int
        /// The index of the first node after this node's subtree.
        var end: Int
    }

    private(set) var nodes: [Node] = []

    /// The root node, for the whole index.
    static let root = 0

    /// Parses the extension's data in `raw[start..<end]`; nil when it is malformed.
    init?(_ raw: UnsafeRawBufferPointer, start: Int, end: Int) {
        var cursor = start
        guard parseNode(raw, &cursor, end: end, depth: 0), cursor == end,
              let root = nodes.first, root.nameCount == 0 else { return nil }
    }

    /// The child of `node` named `name`; siblings are few, a linear scan is enough.
    func child(of node: Int, named name: [UInt8], in bytes: UnsafeRawBufferPointer) -> Int? {
        var child = node + 1
        for _ in 0..<nodes[node].subtreeCount {
            let candidate = nodes[child]
            if bytes[candidate.nameStart..<(candidate.nameStart + candidate.nameCount)].elementsEqual(name) {
                return child
            }
            child = candidate.end
        }
        return nil
    }

    /// One node: `name NUL entry_count SP subtree_count LF [id if entry_count >= 0]`, then
    /// its subtrees. Recursion depth is bounded so a corrupt file cannot exhaust the stack.
    private mutating func parseNode(_ raw: UnsafeRawBufferPointer, _ cursor: inout Int, end: Int, depth: Int) -> Bool {
        guard depth < 4096, let nul = raw[cursor..<end].firstIndex(of: 0) else { return false }
        let nameStart = cursor
        cursor = nul + 1
        guard let entryCount = Self.number(raw, &cursor, end: end, terminator: UInt8(ascii: " ")),
              let subtreeCount = Self.number(raw, &cursor, end: end, terminator: UInt8(ascii: "\n")),
              subtreeCount >= 0 else { return false }
        var idOffset: Int?
        if entryCount >= 0 {
            guard cursor + 20 <= end else { return false }
            idOffset = cursor
            cursor += 20
        }
        let index = nodes.count
        nodes.append(Node(nameStart: nameStart, nameCount: nul - nameStart, idOffset: idOffset,
                          subtreeCount: subtreeCount, end: 0))
        for _ in 0..<subtreeCount {
            guard parseNode(raw, &cursor, end: end, depth: depth + 1) else { return false }
        }
        nodes[index].end = nodes.count
        return true
    }

    /// An ASCII decimal (optionally negative: `-1` marks an invalidated node) up to `terminator`.
    private static func number(_ raw: UnsafeRawBufferPointer, _ cursor: inout Int, end: Int, terminator: UInt8) -> Int? {
        var negative = false
        if cursor < end, raw[cursor] == UInt8(ascii: "-") { negative = true; cursor += 1 }
        var value = 0, digits = 0
        while cursor < end, raw[cursor] != terminator {
            let digit = raw[cursor]
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9"), digits < 18 else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
            digits += 1
            cursor += 1
        }
        guard cursor < end, digits > 0 else { return nil }
        cursor += 1
        return negative ? -value : value
    }
}
