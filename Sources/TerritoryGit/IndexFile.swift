import Clibgit2
#if canImport(Glibc)
import Glibc
#endif

/// An index file read by territory itself, for the staged-changes fast path.
///
/// `init?` returns nil whenever the fast path cannot be sure to answer as git would: then the
/// caller uses libgit2. That covers unknown versions, required extensions territory does not
/// understand (`link` = split index, `sdir` = sparse index), a missing cache-tree, conflicts,
/// unsorted entries and any structural damage. The trailing SHA-1 is not recomputed, as git
/// does not on ordinary reads: hashing 10 MB would cost more than the whole diff.
///
/// The file is memory-mapped, as git does: reading 10 MB into an array cost more (copy plus
/// page faults on fresh memory) than everything the differ does with it.
final class IndexFile {
    /// The whole file, mapped read-only until this object goes away.
    let bytes: UnsafeRawBufferPointer
    /// Where `IndexEntry.pathStart` points: `bytes` itself (versions 2, 3) or rebuilt paths (4).
    let paths: UnsafeRawBufferPointer
    let entries: [IndexEntry]
    let cacheTree: CacheTree
    /// The rebuilt paths of a version 4 index, owned here.
    private let ownedPaths: UnsafeMutableRawBufferPointer?

    static let checksumSize = 20

    init?(path: String) {
        guard let mapping = IndexMapping(path: path) else { return nil }
        guard let parsed = Self.parse(mapping.bytes) else { mapping.unmap(); return nil }
        bytes = mapping.bytes
        entries = parsed.entries.entries
        cacheTree = parsed.cacheTree
        if let rebuilt = parsed.entries.paths {
            let owned = UnsafeMutableRawBufferPointer.allocate(byteCount: max(rebuilt.count, 1), alignment: 1)
            owned.copyBytes(from: rebuilt)
            ownedPaths = owned
            paths = UnsafeRawBufferPointer(owned)
        } else {
            ownedPaths = nil
            paths = mapping.bytes
        }
    }

    deinit {
        IndexMapping(bytes: bytes).unmap()
        ownedPaths?.deallocate()
    }

    /// The full path of entry `index`.
    func path(_ index: Int) -> UnsafeRawBufferPointer {
        let entry = entries[index]
        let start = Int(entry.pathStart)
        return UnsafeRawBufferPointer(rebasing: paths[start..<(start + Int(entry.pathCount))])
    }

    func id(atOffset offset: Int) -> ObjectID {
        var oid = git_oid()
        let start = offset
        withUnsafeMutableBytes(of: &oid.id) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[start..<(start + 20)])) }
        return ObjectID(oid)
    }

    /// The first entry in `range` whose path is not below `target` (paths are sorted bytewise).
    func lowerBound(_ target: [UInt8], in range: Range<Int>) -> Int {
        target.withUnsafeBytes { target in
            var low = range.lowerBound, high = range.upperBound
            while low < high {
                let middle = (low + high) / 2
                if Self.precedes(path(middle), target) { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// Bytewise order, a proper prefix first: git's order for full paths.
    static func precedes(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        guard let left = a.baseAddress, let right = b.baseAddress else { return a.count < b.count }
        let order = memcmp(left, right, min(a.count, b.count))
        return order < 0 || (order == 0 && a.count < b.count)
    }

    private static func parse(_ raw: UnsafeRawBufferPointer) -> (entries: IndexEntryParser.Result, cacheTree: CacheTree)? {
        let limit = raw.count - checksumSize
        guard limit >= 12, raw.count < Int(UInt32.max), raw.starts(with: Array("DIRC".utf8)) else { return nil }
        let version = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
        let count = Int(UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
        guard (2...4).contains(version),
              let entries = IndexEntryParser(raw: raw, version: version, limit: limit).parse(count: count, from: 12)
        else { return nil }
        var cacheTree: CacheTree?
        var offset = entries.end
        while offset < limit {
            guard offset + 8 <= limit else { return nil }
            let signature = raw[offset..<(offset + 4)]
            let size = Int(UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)))
            let start = offset + 8
            guard size <= limit - start else { return nil }
            // Lower-case signatures are required extensions: a reader that does not know them
            // must not use the index (`link` = split index, `sdir` = sparse index).
            guard let first = signature.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else { return nil }
            if signature.elementsEqual("TREE".utf8) {
                guard let tree = CacheTree(raw, start: start, end: start + size) else { return nil }
                cacheTree = tree
            }
            offset = start + size
        }
        guard offset == limit, let cacheTree else { return nil }
        return (entries, cacheTree)
    }
}
