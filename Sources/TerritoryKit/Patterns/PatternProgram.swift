/// Every compiled alternative of a pattern set laid out flat: one segment array, one byte buffer,
/// one glob array. Matching borrows all three as unsafe buffers once per path, so the hot loop
/// touches only integers and bytes (no ARC traffic, no allocation), as measured in the notes.
struct PatternProgram: Sendable, Hashable {
    private(set) var globs: [FlatGlob] = []
    private(set) var segments: [PatternSegment] = []
    private(set) var bytes: [UInt8] = []

    /// Appends one alternative that reports `index`; returns the id of its flat glob.
    @discardableResult
    mutating func append(_ alternative: GlobAlternative, index: Int) -> Int {
        let first = segments.count
        for segment in alternative.segments {
            switch segment {
            case .literal(let part): appendSegment(.literal, part)
            case .wildcard(let part): appendSegment(.wildcard, part)
            case .globstar: appendSegment(.globstar, [])
            }
        }
        globs.append(FlatGlob(
            index: Int32(index), firstSegment: Int32(first),
            segmentCount: Int32(segments.count - first), minRest: Int32(alternative.minRest)))
        return globs.count - 1
    }

    private mutating func appendSegment(_ kind: PatternSegment.Kind, _ part: [UInt8]) {
        segments.append(PatternSegment(kind: kind, start: Int32(bytes.count), count: Int32(part.count)))
        bytes += part
    }

    /// Runs `body` with the program borrowed as unsafe buffers.
    func withView<R>(_ body: (PatternProgramView) -> R) -> R {
        globs.withUnsafeBufferPointer { globs in
            segments.withUnsafeBufferPointer { segments in
                bytes.withUnsafeBufferPointer { bytes in
                    body(PatternProgramView(globs: globs, segments: segments, bytes: bytes))
                }
            }
        }
    }
}

/// A borrowed, read-only view of a `PatternProgram`; valid only inside `withView`.
struct PatternProgramView {
    let globs: UnsafeBufferPointer<FlatGlob>
    let segments: UnsafeBufferPointer<PatternSegment>
    let bytes: UnsafeBufferPointer<UInt8>
}
