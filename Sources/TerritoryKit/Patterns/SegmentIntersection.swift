/// A name that one path segment could have so that two single-segment globs both match it.
///
/// Both globs are byte strings where `*` matches any run of bytes and `?` one byte. The search
/// walks pairs of positions (one per glob) breadth-first, so it ends on the shortest witness and
/// never loops: every move advances at least one position or consumes a byte against a `*`.
enum SegmentIntersection {
    private static let star = UInt8(ascii: "*"), question = UInt8(ascii: "?"), filler = UInt8(ascii: "x")

    /// Prefers a name that does not start with `.` (`x.tsx` over `.tsx` for `*.tsx`): a leading
    /// `*` is first tried as `x*`, whose names are a subset of the original's.
    static func witness(_ a: [UInt8], _ b: [UInt8]) -> [UInt8]? {
        func named(_ glob: [UInt8]) -> [UInt8] { glob.first == star ? [filler] + glob : glob }
        if a.first == star || b.first == star, let readable = search(named(a), named(b)) { return readable }
        return search(a, b)
    }

    private static func search(_ a: [UInt8], _ b: [UInt8]) -> [UInt8]? {
        let width = b.count + 1
        var previous = [Int](repeating: -2, count: (a.count + 1) * width)
        var emitted = [UInt8?](repeating: nil, count: previous.count)
        var queue = [0]
        previous[0] = -1
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            let p = state / width, q = state % width
            if p == a.count, q == b.count { return path(to: state, previous, emitted) }
            for (next, byte) in moves(a, b, p, q) {
                let index = next.0 * width + next.1
                guard previous[index] == -2 else { continue }
                previous[index] = state
                emitted[index] = byte
                queue.append(index)
            }
        }
        return nil
    }

    /// The moves from (p, q): a `*` may match nothing; otherwise one byte both sides accept.
    private static func moves(_ a: [UInt8], _ b: [UInt8], _ p: Int, _ q: Int) -> [((Int, Int), UInt8?)] {
        var result: [((Int, Int), UInt8?)] = []
        let x = p < a.count ? a[p] : nil, y = q < b.count ? b[q] : nil
        if x == star { result.append(((p + 1, q), nil)) }
        if y == star { result.append(((p, q + 1), nil)) }
        guard let x, let y else { return result }
        switch (x == star, y == star) {
        case (false, false):
            if x == question || y == question || x == y {
                result.append(((p + 1, q + 1), x == question ? (y == question ? filler : y) : x))
            }
        case (false, true): result.append(((p + 1, q), x == question ? filler : x))
        case (true, false): result.append(((p, q + 1), y == question ? filler : y))
        case (true, true): break
        }
        return result
    }

    private static func path(to end: Int, _ previous: [Int], _ emitted: [UInt8?]) -> [UInt8] {
        var bytes: [UInt8] = []
        var state = end
        while previous[state] >= 0 {
            if let byte = emitted[state] { bytes.append(byte) }
            state = previous[state]
        }
        // Two all-star globs meet on the empty string, but a path segment needs a name.
        return bytes.isEmpty ? [filler] : Array(bytes.reversed())
    }
}
