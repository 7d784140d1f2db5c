/// One segment of a compiled pattern in the flat program: a kind and a byte range into the
/// program's shared byte buffer. Plain integers only, so matching never retains or releases.
struct PatternSegment: Sendable, Hashable {
    enum Kind: UInt8, Sendable {
        /// Bytes compared exactly with one path segment.
        case literal
        /// Bytes with `*` and `?` matched against one path segment.
        case wildcard
        /// `**`: zero or more whole path segments.
        case globstar
    }

    var kind: Kind
    var start: Int32
    var count: Int32
}

/// One compiled alternative of a pattern: a run of segments in the flat program.
///
/// It matches a path when its segments match the first k path segments and at least `minRest`
/// segments remain after them. `minRest` encodes both "or any leading directory" (0: the path or
/// an ancestor) and a trailing `/` or `/**` (each needs one more segment beneath).
struct FlatGlob: Sendable, Hashable {
    /// Index of the pattern (in the caller's list) this alternative belongs to.
    var index: Int32
    var firstSegment: Int32
    var segmentCount: Int32
    var minRest: Int32
}
