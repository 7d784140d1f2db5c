/// The general matcher: one flat glob against one path, on bytes, without allocation.
///
/// Both levels use the classic "remember the last star" two-pointer scan, which is exact for
/// patterns made of single-item matchers and any-sequence stars: across segments the items are
/// path segments and the star is `**`; within a segment the items are characters and the star
/// is `*`. No recursion, no exponential backtracking.
enum PatternMatcher {
    /// True when `glob` matches the path or one of its leading directories.
    static func matches(_ glob: FlatGlob, _ program: PatternProgramView, _ path: PathView) -> Bool {
        let first = Int(glob.firstSegment), count = Int(glob.segmentCount)
        let n = path.segmentCount, minRest = Int(glob.minRest)
        var pi = 0, pj = 0, starPi = -1, starPj = 0
        while true {
            // Prefix match: the pattern is used up; enough segments must remain beneath. Moving
            // the last `**` further can only leave fewer, so no backtracking is needed here.
            if pi == count { return n - pj >= minRest }
            let segment = program.segments[first + pi]
            if segment.kind == .globstar {
                starPi = pi
                starPj = pj
                pi += 1
                continue
            }
            if pj < n, segmentMatches(segment, program.bytes, path, pj) {
                pi += 1
                pj += 1
                continue
            }
            if starPi >= 0, starPj < n {
                starPj += 1
                pj = starPj
                pi = starPi + 1
                continue
            }
            return false
        }
    }

    @inline(__always)
    static func segmentMatches(
        _ segment: PatternSegment, _ bytes: UnsafeBufferPointer<UInt8>, _ path: PathView, _ index: Int
    ) -> Bool {
        let start = path.start(of: index), end = path.end(of: index)
        let patternStart = Int(segment.start), patternCount = Int(segment.count)
        if segment.kind == .literal {
            guard end - start == patternCount else { return false }
            var offset = 0
            while offset < patternCount {
                if bytes[patternStart + offset] != path.bytes[start + offset] { return false }
                offset += 1
            }
            return true
        }
        return wildcardMatches(bytes, patternStart, patternStart + patternCount, path.bytes, start, end)
    }

    /// `*` matches any bytes, `?` one Unicode scalar (a lead byte and its continuation bytes).
    /// A star may stop inside a multi-byte scalar, but that never creates a match a scalar-aligned
    /// stop would not: literal pattern bytes never start with a continuation byte.
    static func wildcardMatches(
        _ pattern: UnsafeBufferPointer<UInt8>, _ patternStart: Int, _ patternEnd: Int,
        _ text: UnsafeBufferPointer<UInt8>, _ textStart: Int, _ textEnd: Int
    ) -> Bool {
        let star = UInt8(ascii: "*"), question = UInt8(ascii: "?")
        var p = patternStart, t = textStart, starP = -1, starT = 0
        while t < textEnd {
            if p < patternEnd {
                let byte = pattern[p]
                if byte == star {
                    starP = p
                    starT = t
                    p += 1
                    continue
                }
                if byte == question {
                    t += 1
                    while t < textEnd, text[t] & 0xC0 == 0x80 { t += 1 }
                    p += 1
                    continue
                }
                if byte == text[t] {
                    p += 1
                    t += 1
                    continue
                }
            }
            guard starP >= 0 else { return false }
            starT += 1
            t = starT
            p = starP + 1
        }
        while p < patternEnd, pattern[p] == star { p += 1 }
        return p == patternEnd
    }
}
