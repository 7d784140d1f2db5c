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
final class IndexFile {
    /// The whole file.
    let bytes: [UInt8]
    /// Where `IndexEntry.pathStart` points: `bytes` itself (versions 2, 3) or rebuilt paths (4).
    let paths: [UInt8]
    let entries: [IndexEntry]
    let cacheTree: CacheTree

    static let checksumSize = 20

    convenience init?(path: String) {
        guard let bytes = Self.readFile(path) else { return nil }
        self.init(bytes: bytes)
    }

    init?(bytes: [UInt8]) {
        guard let parsed = bytes.withUnsafeBytes({ Self.parse($0) }) else { return nil }
        self.bytes = bytes
        self.paths = parsed.entries.paths ?? bytes
        self.entries = parsed.entries.entries
        self.cacheTree = parsed.cacheTree
        guard isStrictlySorted() else { return nil }
    }

    /// The full path of entry `index`.
    func path(_ index: Int) -> ArraySlice<UInt8> {
        let entry = entries[index]
        return paths[entry.pathStart..<(entry.pathStart + entry.pathCount)]
    }

    func id(atOffset offset: Int) -> ObjectID {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { target in
            for index in 0..<Self.checksumSize { target[index] = bytes[offset + index] }
        }
        return ObjectID(oid)
    }

    /// The first entry in `range` whose path is not below `target` (paths are sorted bytewise).
    func lowerBound(_ target: [UInt8], in range: Range<Int>) -> Int {
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if path(middle).lexicographicallyPrecedes(target) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func parse(_ raw: UnsafeRawBufferPointer) -> (entries: IndexEntryParser.Result, cacheTree: CacheTree)? {
        let limit = raw.count - checksumSize
        guard limit >= 12, raw.starts(with: Array("DIRC".utf8)) else { return nil }
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

    /// git keeps entries sorted by path; binary searches rely on it, so it is checked (cheap).
    private func isStrictlySorted() -> Bool {
        paths.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return entries.isEmpty }
            for index in entries.indices.dropFirst() {
                let a = entries[index - 1], b = entries[index]
                let common = memcmp(base + a.pathStart, base + b.pathStart, min(a.pathCount, b.pathCount))
                if common > 0 || (common == 0 && a.pathCount >= b.pathCount) { return false }
            }
            return true
        }
    }

    /// The whole file in one read; nil if it cannot be read.
    private static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let got = read(descriptor, buffer.baseAddress.map { $0 + count }, size - count)
                guard got > 0 else { complete = false; break }
                count += got
            }
        }
        return complete ? bytes : nil
    }
}
