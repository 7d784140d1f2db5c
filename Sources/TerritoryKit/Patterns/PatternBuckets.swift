/// The strategy buckets of a `PatternSet`: open-addressing tables from a 64-bit hash of a byte
/// string to a run of flat-glob ids, all tables sharing one slot array and one id array so that
/// matching borrows them once per path as unsafe buffers (no ARC traffic in the loop).
///
/// Keys are hashes, not strings, so a path prefix is looked up while its hash is computed
/// incrementally, without making a `Substring`. Keys sharing a hash share a run; that is harmless
/// because every candidate is verified by the flat matcher afterwards.
struct PatternBuckets: Sendable, Hashable {
    enum Bucket: Int, CaseIterable, Sendable {
        /// Whole wildcard-free alternatives, looked up with the path and each ancestor.
        case literal
        /// Alternatives whose last segment requires an extension, looked up per path segment.
        case `extension`
        /// Alternatives whose first segments are literal (`lib/m1/**/*.ts`, `packages/*/src`),
        /// keyed by those segments and looked up with each proper ancestor of the path.
        case prefix
        /// Alternatives with some literal segment after a wildcard one (`**/m1/**`, `*/p/src`):
        /// some path segment must equal it, looked up per path segment.
        case anySegment
        /// Everything else, tried one by one (stored under the hash 0).
        case general
    }

    struct Slot: Sendable, Hashable {
        var hash: UInt64
        var start: Int32
        var count: Int32
    }

    private var slots: [Slot] = []
    private var entries: [Int32] = []
    /// Per bucket: offset of its table in `slots`, and its mask (table size − 1; −1 when empty).
    private var tables: [(offset: Int, mask: Int)] = []

    init(_ items: [(bucket: Bucket, hash: UInt64, id: Int)]) {
        for bucket in Bucket.allCases {
            var groups: [UInt64: [Int32]] = [:]
            var order: [UInt64] = []
            for item in items where item.bucket == bucket {
                let key = Self.nonZero(item.hash)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(Int32(item.id))
            }
            guard !order.isEmpty else {
                tables.append((slots.count, -1))
                continue
            }
            var capacity = 8
            while capacity < order.count * 2 { capacity *= 2 }
            let offset = slots.count
            slots += Array(repeating: Slot(hash: 0, start: 0, count: 0), count: capacity)
            for key in order {
                let ids = groups[key] ?? []
                var index = Int(truncatingIfNeeded: key) & (capacity - 1)
                while slots[offset + index].hash != 0 { index = (index + 1) & (capacity - 1) }
                slots[offset + index] = Slot(hash: key, start: Int32(entries.count), count: Int32(ids.count))
                entries += ids
            }
            tables.append((offset, capacity - 1))
        }
    }

    func count(_ bucket: Bucket) -> Int {
        withView { view in
            var total = 0
            let table = tables[bucket.rawValue]
            if table.mask >= 0 {
                for slot in view.slots[table.offset...(table.offset + table.mask)] { total += Int(slot.count) }
            }
            return total
        }
    }

    func withView<R>(_ body: (PatternBucketsView) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                body(PatternBucketsView(
                    slots: slots, entries: entries,
                    literal: tables[Bucket.literal.rawValue], extension: tables[Bucket.extension.rawValue],
                    prefix: tables[Bucket.prefix.rawValue], anySegment: tables[Bucket.anySegment.rawValue],
                    general: tables[Bucket.general.rawValue]))
            }
        }
    }

    @inline(__always)
    static func nonZero(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    static func == (lhs: PatternBuckets, rhs: PatternBuckets) -> Bool {
        lhs.slots == rhs.slots && lhs.entries == rhs.entries && lhs.tables.elementsEqual(rhs.tables) { $0 == $1 }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(slots)
        hasher.combine(entries)
    }
}

/// A borrowed view of `PatternBuckets`; valid only inside `withView`.
struct PatternBucketsView {
    let slots: UnsafeBufferPointer<PatternBuckets.Slot>
    let entries: UnsafeBufferPointer<Int32>
    let literal: (offset: Int, mask: Int)
    let `extension`: (offset: Int, mask: Int)
    let prefix: (offset: Int, mask: Int)
    let anySegment: (offset: Int, mask: Int)
    let general: (offset: Int, mask: Int)

    /// The range of `entries` stored under `hash` in `table` (empty when absent).
    @inline(__always)
    func lookup(_ table: (offset: Int, mask: Int), _ hash: UInt64) -> Range<Int> {
        guard table.mask >= 0 else { return 0..<0 }
        let key = PatternBuckets.nonZero(hash)
        var index = Int(truncatingIfNeeded: key) & table.mask
        while true {
            let slot = slots[table.offset + index]
            if slot.hash == key { return Int(slot.start)..<Int(slot.start + slot.count) }
            if slot.hash == 0 { return 0..<0 }
            index = (index + 1) & table.mask
        }
    }
}
