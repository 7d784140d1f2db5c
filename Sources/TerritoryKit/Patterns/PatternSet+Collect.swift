extension PatternSet {
    /// One pass over a path: ask each bucket for candidates, verify each with the flat matcher,
    /// append the indices of the matching patterns (unsorted).
    func collect(_ path: String, into result: inout [Int], stopAtFirst: Bool) {
        var verified = 0
        collect(path, into: &result, stopAtFirst: stopAtFirst, verified: &verified)
    }

    /// Same, adding to `verified` the number of candidates the buckets yielded (each verified by
    /// the flat matcher): the work a lookup did, which tests compare across sizes.
    func collect(_ path: String, into result: inout [Int], stopAtFirst: Bool, verified: inout Int) {
        PathView.with(path) { view in
            guard view.segmentCount > 0 else { return }
            program.withView { program in
                buckets.withView { buckets in
                    collect(view, program, buckets, into: &result, stopAtFirst: stopAtFirst, verified: &verified)
                }
            }
        }
    }

    private func collect(
        _ view: PathView, _ program: PatternProgramView, _ buckets: PatternBucketsView,
        into result: inout [Int], stopAtFirst: Bool, verified: inout Int
    ) {
        /// Verifies the candidates stored under `hash`; true when the caller should stop.
        func consider(_ table: (offset: Int, mask: Int), _ hash: UInt64) -> Bool {
            let candidates = buckets.lookup(table, hash)
            verified += candidates.count
            for entry in candidates {
                let glob = program.globs[Int(buckets.entries[entry])]
                let index = Int(glob.index)
                if result.contains(index) || !PatternMatcher.matches(glob, program, view) { continue }
                result.append(index)
                if stopAtFirst { return true }
            }
            return false
        }
        let bytes = view.bytes
        if buckets.literal.mask >= 0 || buckets.prefix.mask >= 0 {
            // Every ancestor (hash up to each `/`) for literal and prefix keys, then the whole
            // path for literal keys: a prefix key needs at least one segment after it.
            var hash = PatternHash.seed
            for offset in 0..<bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "/") {
                    let key = PatternHash.finish(hash)
                    if consider(buckets.literal, key) || consider(buckets.prefix, key) { return }
                }
                hash = PatternHash.add(hash, byte)
            }
            if consider(buckets.literal, PatternHash.finish(hash)) { return }
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
