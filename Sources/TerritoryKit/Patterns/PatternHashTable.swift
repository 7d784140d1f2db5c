/// An open-addressing table from a 64-bit FNV-1a hash of a byte string to a run of glob ids.
///
/// Keys are hashes, not strings, so a path prefix can be looked up while its hash is computed
/// incrementally, without making a `String` or `Substring`. Two keys with one hash share a run;
/// that is harmless because every candidate is verified afterwards.
struct PatternHashTable: Sendable, Hashable {
    struct Slot: Sendable, Hashable {
        var hash: UInt64
        var start: Int32
        var count: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    /// Glob ids, grouped by key.
    private(set) var entries: [Int32]

    var isEmpty: Bool { entries.isEmpty }

    init(_ items: [(hash: UInt64, id: Int)]) {
        var groups: [UInt64: [Int32]] = [:]
        var order: [UInt64] = []
        for item in items {
            let key = Self.nonZero(item.hash)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(Int32(item.id))
        }
        var capacity = 8
        while capacity < order.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = Array(repeating: Slot(hash: 0, start: 0, count: 0), count: capacity)
        entries = []
        for key in order {
            let ids = groups[key] ?? []
            var index = Int(truncatingIfNeeded: key) & mask
            while slots[index].hash != 0 { index = (index + 1) & mask }
            slots[index] = Slot(hash: key, start: Int32(entries.count), count: Int32(ids.count))
            entries += ids
        }
    }

    /// The range of `entries` stored under `hash` (empty when absent).
    @inline(__always)
    func lookup(_ hash: UInt64) -> Range<Int> {
        let key = Self.nonZero(hash)
        var index = Int(truncatingIfNeeded: key) & mask
        while true {
            let slot = slots[index]
            if slot.hash == key { return Int(slot.start)..<Int(slot.start + slot.count) }
            if slot.hash == 0 { return 0..<0 }
            index = (index + 1) & mask
        }
    }

    @inline(__always)
    private static func nonZero(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }
}

/// FNV-1a over bytes, usable incrementally; finished with a mixer so low bits index well.
enum PatternHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 {
        var x = hash
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        return x
    }

    static func of<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = add(hash, byte) }
        return finish(hash)
    }

    static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash = seed
        var offset = start
        while offset < end {
            hash = add(hash, bytes[offset])
            offset += 1
        }
        return finish(hash)
    }
}
