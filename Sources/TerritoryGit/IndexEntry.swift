/// One stage-0 entry of the index file, as offsets: parsing 100,000 entries must not allocate
/// a `String` or an array per entry, because almost all of them are skipped by the cache-tree.
struct IndexEntry {
    /// Where the full path starts in `IndexFile.paths` (the file itself, or the rebuilt paths
    /// of a version 4 index whose paths are prefix-compressed).
    /// 32-bit offsets keep 100,000 entries in 2 MB; `IndexFile` refuses files of 4 GiB or more.
    var pathStart: UInt32
    var pathCount: UInt32
    /// Where the 20-byte blob (or submodule commit) id starts in `IndexFile.bytes`.
    var idOffset: UInt32
    var mode: UInt32
    /// `git add -N`: the path is known but nothing is staged; `git diff --cached` and the
    /// commit both leave it out, so the differ treats it as absent.
    var intentToAdd: Bool

    /// The modes git writes for index entries. Anything else (a sparse index's directory
    /// entry, 040000, or a corrupt value) means the fast path cannot be sure.
    static func isSupported(mode: UInt32) -> Bool {
        mode == 0o100644 || mode == 0o100755 || mode == 0o120000 || mode == 0o160000
    }

    /// On-disk flag bits (the 16-bit `flags` field and the version 3 extended flags).
    enum Flag {
        static let extended: UInt16 = 0x4000
        static let stageMask: UInt16 = 0x3000
        static let nameMask: UInt16 = 0x0FFF
        static let intentToAdd: UInt16 = 0x2000
        static let skipWorktree: UInt16 = 0x4000
    }

    /// Entry layout: 40 bytes of stat data and mode, the 20-byte id, 2 bytes of flags.
    enum Layout {
        static let modeOffset = 24
        static let idOffset = 40
        static let flagsOffset = 60
        static let fixedSize = 62
    }
}
