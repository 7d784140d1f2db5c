extension PatternSet {
    /// One pass over a path: ask each bucket for candidates, verify each with the flat matcher,
    /// append the indices of the matching patterns (unsorted, possibly repeated for literals).
    func collect(_ path: String, into result: inout [Int], stopAtFirst: Bool) {
        PathView.with(path) { view in
            program.withView { program in
                guard view.segmentCount > 0 else { return }
                collect(view, program, into: &result, stopAtFirst: stopAtFirst)
            }
        }
    }

    private func collect(
        _ view: PathView, _ program: PatternProgramView, into result: inout [Int], stopAtFirst: Bool
    ) {
        /// Verifies one candidate; true when the caller should stop.
        func consider(_ id: Int32) -> Bool {
            let glob = program.globs[Int(id)]
            let index = Int(glob.index)
            if result.contains(index) { return false }
            guard PatternMatcher.matches(glob, program, view) else { return false }
            result.append(index)
            return stopAtFirst
        }
        func consider(_ table: PatternHashTable, _ hash: UInt64) -> Bool {
            for entry in table.lookup(hash) where consider(table.entries[entry]) { return true }
            return false
        }
        let bytes = view.bytes
        if !literals.isEmpty {
            // The path and every ancestor: hash up to each `/`, then the whole path.
            var hash = PatternHash.seed
            for offset in 0..<bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "/"), consider(literals, PatternHash.finish(hash)) { return }
                hash = PatternHash.add(hash, byte)
            }
            if consider(literals, PatternHash.finish(hash)) { return }
        }
        if !extensions.isEmpty {
            // Skip an extension just looked up (`a.d/b.d/c.ts`): its candidates were verified.
            var recent: (UInt64?, UInt64?) = (nil, nil)
            for segment in 0..<view.segmentCount {
                let start = view.start(of: segment), end = view.end(of: segment)
                var dot = end - 1
                while dot >= start, bytes[dot] != UInt8(ascii: ".") { dot -= 1 }
                guard dot >= start else { continue }
                let hash = PatternHash.of(bytes, dot + 1, end)
                if hash == recent.0 || hash == recent.1 { continue }
                recent = (hash, recent.0)
                if consider(extensions, hash) { return }
            }
        }
        if !firstSegments.isEmpty {
            if consider(firstSegments, PatternHash.of(bytes, 0, view.end(of: 0))) { return }
        }
        for id in general where consider(id) { return }
    }
}
