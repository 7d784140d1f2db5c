/// A path's UTF-8 bytes and the end offset of each `/`-separated segment, computed once per path
/// into stack memory and shared by every strategy bucket.
struct PathView {
    let bytes: UnsafeBufferPointer<UInt8>
    /// `ends[k]` is the offset just past segment k (the offset of the following `/`, or the count).
    let ends: UnsafeMutableBufferPointer<Int32>
    let segmentCount: Int

    @inline(__always)
    func start(of segment: Int) -> Int { segment == 0 ? 0 : Int(ends[segment - 1]) + 1 }

    @inline(__always)
    func end(of segment: Int) -> Int { Int(ends[segment]) }

    /// Borrows `path` as a `PathView` for the duration of `body`, without heap allocation for
    /// paths of ordinary length. An empty path has no segments.
    static func with<R>(_ path: String, _ body: (PathView) -> R) -> R {
        var path = path
        return path.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: bytes.count + 1) { ends in
                var count = 0
                if !bytes.isEmpty {
                    for offset in 0..<bytes.count where bytes[offset] == UInt8(ascii: "/") {
                        ends[count] = Int32(offset)
                        count += 1
                    }
                    ends[count] = Int32(bytes.count)
                    count += 1
                }
                return body(PathView(bytes: bytes, ends: ends, segmentCount: count))
            }
        }
    }
}
