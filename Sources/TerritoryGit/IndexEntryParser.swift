#if canImport(Glibc)
import Glibc
#endif

/// Reads the entries section of an index file (versions 2, 3 and 4) from raw bytes.
///
/// Returns nil whenever the file holds something the staged differ cannot treat exactly as
/// git would: a conflict (stage > 0), an unknown mode or extended flag, entries out of order
/// (binary searches rely on git's sorting), or a malformed entry.
struct IndexEntryParser {
    let raw: UnsafeRawBufferPointer
    let version: UInt32
    /// The end of the entries' possible area: the start of the trailing checksum.
    let limit: Int

    struct Result {
        var entries: [IndexEntry]
        /// Rebuilt full paths for version 4; nil when paths are read in place from the file.
        var paths: [UInt8]?
        /// Where the extensions start.
        var end: Int
    }

    func parse(count: Int, from start: Int) -> Result? {
        guard let base = raw.baseAddress else { return nil }
        var entries: [IndexEntry] = []
        entries.reserveCapacity(count)
        var paths: [UInt8] = []
        var previous: [UInt8] = []
        if version == 4 { paths.reserveCapacity(count * 32) }
        var offset = start
        for _ in 0..<count {
            let entryStart = offset
            guard entryStart + IndexEntry.Layout.fixedSize <= limit else { return nil }
            let mode = load(UInt32.self, at: entryStart + IndexEntry.Layout.modeOffset)
            let flags = load(UInt16.self, at: entryStart + IndexEntry.Layout.flagsOffset)
            guard flags & IndexEntry.Flag.stageMask == 0, IndexEntry.isSupported(mode: mode) else { return nil }
            var cursor = entryStart + IndexEntry.Layout.fixedSize
            var intentToAdd = false
            if flags & IndexEntry.Flag.extended != 0 {
                guard version >= 3, cursor + 2 <= limit else { return nil }
                let extended = load(UInt16.self, at: cursor)
                guard extended & ~(IndexEntry.Flag.intentToAdd | IndexEntry.Flag.skipWorktree) == 0 else { return nil }
                intentToAdd = extended & IndexEntry.Flag.intentToAdd != 0
                cursor += 2
            }
            let pathStart: Int, pathCount: Int
            if version == 4 {
                // Prefix compression: drop `strip` bytes from the previous path, append the rest.
                // The kept prefix is shared, so the order is decided by what replaces the tail.
                guard let (strip, suffixStart) = varint(at: cursor), strip <= previous.count,
                      let nul = nul(from: suffixStart) else { return nil }
                let suffix = UnsafeRawBufferPointer(rebasing: raw[suffixStart..<nul])
                guard previous[(previous.count - strip)...].lexicographicallyPrecedes(suffix) else { return nil }
                previous.removeLast(strip)
                previous.append(contentsOf: suffix)
                (pathStart, pathCount) = (paths.count, previous.count)
                paths.append(contentsOf: previous)
                offset = nul + 1
            } else {
                let declared = Int(flags & IndexEntry.Flag.nameMask)
                if declared < Int(IndexEntry.Flag.nameMask) {
                    guard cursor + declared < limit, raw[cursor + declared] == 0 else { return nil }
                    (pathStart, pathCount) = (cursor, declared)
                } else {
                    guard let nul = nul(from: cursor + declared) else { return nil }
                    (pathStart, pathCount) = (cursor, nul - cursor)
                }
                if let last = entries.last {
                    let lastStart = Int(last.pathStart), lastCount = Int(last.pathCount)
                    let order = memcmp(base + lastStart, base + pathStart, min(lastCount, pathCount))
                    guard order < 0 || (order == 0 && lastCount < pathCount) else { return nil }
                }
                // Entries are padded with 1 to 8 NUL bytes to a multiple of 8.
                offset += (cursor - entryStart + pathCount + 8) & ~7
            }
            guard pathCount > 0, offset <= limit else { return nil }
            entries.append(IndexEntry(
                pathStart: UInt32(pathStart), pathCount: UInt32(pathCount),
                idOffset: UInt32(entryStart + IndexEntry.Layout.idOffset), mode: mode, intentToAdd: intentToAdd))
        }
        return Result(entries: entries, paths: version == 4 ? paths : nil, end: offset)
    }

    private func load<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) -> T {
        T(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    /// The first NUL at or after `start`, within the entries' area.
    private func nul(from start: Int) -> Int? {
        guard start < limit, let base = raw.baseAddress,
              let found = memchr(base + start, 0, limit - start) else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }

    /// git's offset varint (varint.c): each continuation adds one before shifting.
    private func varint(at start: Int) -> (Int, Int)? {
        var cursor = start
        guard cursor < limit else { return nil }
        var byte = raw[cursor]
        var value = Int(byte & 0x7F)
        while byte & 0x80 != 0 {
            cursor += 1
            guard cursor < limit, value < (Int.max >> 8) else { return nil }
            byte = raw[cursor]
            value = ((value + 1) << 7) | Int(byte & 0x7F)
        }
        return (value, cursor + 1)
    }
}
