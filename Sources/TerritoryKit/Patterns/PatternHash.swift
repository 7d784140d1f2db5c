/// FNV-1a over bytes, usable incrementally (a path prefix is hashed while it is scanned), with a
/// final mixer so that the low bits index a table well.
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

    @inline(__always)
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
