extension PatternSet {
    /// One pass over a path: ask each bucket for candidates, verify each with the flat matcher,
    /// append the indices of the matching patterns (unsorted).
    func collect(_ path: String, into result: inout [Int], stopAtFirst: Bool) {
        PathView.with(path) { view in
            guard view.segmentCount > 0 else { return }
            program.withView { program in
                buckets.withView { buckets in
                    collect(view, program, buckets, into: &result, stopAtFirst: stopAtFirst)
                }
            }
        }
    }

    private func collect(
        _ view: PathView, _ program: PatternProgramView, _ buckets: PatternBucketsView,
        into result: inout [Int], stopAtFirst: Bool
    ) {
        /// Verifies the candidates stored under `hash`; true when the caller should stop.
        func consider(_ table: (offset: Int, mask: Int), _ hash: UInt64) -> Bool {
            for entry in buckets.lookup(table, hash) {
                let glob = program.globs[Int(buckets.entries[entry])]
                let index = Int(glob.index)
                if result.contains(index) || !PatternMatcher.matches(glob, program, view) { continue }
                result.append(index)
                if stopAtFirst { return true }
            }
            return false
        }
        let bytes = view.bytes
        if buckets.literal.mask >= 0 {
            // The path and every ancestor: hash up to each `/`, then the whole path.
            var hash = PatternHash.seed
            for offset in 0..<bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "/"), consider(buckets.literal, PatternHash.finish(hash)) { return }
                hash = PatternHash.add(hash, byte)
            }
            if consider(buckets.literal, PatternHash.finish(hash)) { return }
        }
        if buckets.firstSegment.mask >= 0 {
            if consider(buckets.firstSegment, PatternHash.of(bytes, 0, view.end(of: 0))) { return }
        }
        if buckets.extension.mask >= 0 || buckets.anySegment.mask >= 0 {
            // Skip a key just looked up (`a.d/b.d/c.ts`): its candidates were verified already.
            var recentExtensions: (UInt64?, UInt64?) = (nil, nil)
            var recentSegments: (UInt64?, UInt64?) = (nil, nil)
            for segment in 0..<view.segmentCount {
                let start = view.start(of: segment), end = view.end(of: segment)
                if buckets.anySegment.mask >= 0 {
                    let hash = PatternHash.of(bytes, start, end)
                    if hash != recentSegments.0, hash != recentSegments.1 {
                        recentSegments = (hash, recentSegments.0)
                        if consider(buckets.anySegment, hash) { return }
                    }
                }
                guard buckets.extension.mask >= 0 else { continue }
                var dot = end - 1
                while dot >= start, bytes[dot] != UInt8(ascii: ".") { dot -= 1 }
                guard dot >= start else { continue }
                let hash = PatternHash.of(bytes, dot + 1, end)
                if hash == recentExtensions.0 || hash == recentExtensions.1 { continue }
                recentExtensions = (hash, recentExtensions.0)
                if consider(buckets.extension, hash) { return }
            }
        }
        if consider(buckets.general, 0) { return }
    }
}
