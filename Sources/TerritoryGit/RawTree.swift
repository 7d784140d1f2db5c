import Clibgit2
#if canImport(Glibc)
import Glibc
#endif

/// A tree object read as bytes (`git_odb_read`) and parsed in place, for `TreeDiffer`.
///
/// `git_tree_lookup` parses every tree into a libgit2 object and puts it in the repository's
/// object cache: on the 100k-file wave that was ~10,000 instructions per tree on top of reading
/// it, a quarter of the diffs' own cost. A diff reads each tree once, so it only needs the
/// entries: mode, name and id, at offsets into the object's data, which stays alive with this.
final class RawTree {
    private let object: OpaquePointer
    private let bytes: UnsafePointer<UInt8>
    /// Every entry in stored (git) order.
    private(set) var entries: [Entry] = []

    struct Entry {
        /// The name's offset and length in the object's data.
        var name: Int32
        var nameLength: Int32
        /// The id's offset in the object's data (20 bytes).
        var id: Int32
        /// The mode normalised as `git_tree_entry_filemode` reports it.
        var mode: UInt32

        var isTree: Bool { mode == 0o040000 }
    }

    init(_ id: ObjectID, in database: OpaquePointer) throws(GitError) {
        var oid = id.raw
        var handle: OpaquePointer?
        let code = git_odb_read(&handle, database, &oid)
        guard code >= 0, let handle else { throw GitError.last("git_odb_read", code) }
        guard git_odb_object_type(handle) == GIT_OBJECT_TREE else {
            git_odb_object_free(handle)
            throw GitError(function: "git_odb_read", code: GIT_ENOTFOUND.rawValue,
                           message: "object \(id) is not a tree")
        }
        object = handle
        let size = git_odb_object_size(handle)
        bytes = git_odb_object_data(handle).assumingMemoryBound(to: UInt8.self)
        guard let parsed = Self.parse(bytes, size: size) else {
            git_odb_object_free(handle)
            throw GitError(function: "git_odb_read", code: -1, message: "failed to parse tree \(id)")
        }
        entries = parsed
    }

    deinit { git_odb_object_free(object) }

    func id(_ entry: Entry) -> ObjectID {
        UnsafeRawPointer(bytes + Int(entry.id)).withMemoryRebound(to: git_oid.self, capacity: 1) { ObjectID($0) }
    }

    /// Same id and mode: nothing below the two entries differs.
    func same(_ entry: Entry, as other: Entry, in tree: RawTree) -> Bool {
        entry.mode == other.mode && memcmp(bytes + Int(entry.id), tree.bytes + Int(other.id), 20) == 0
    }

    /// Git's tree order between one of this tree's entries and one of `tree`'s: names bytewise,
    /// a folder's as if it ended in `/`. Zero only for the same name and kind.
    func order(_ entry: Entry, _ other: Entry, in tree: RawTree) -> Int {
        let left = bytes + Int(entry.name), right = tree.bytes + Int(other.name)
        let common = Int(min(entry.nameLength, other.nameLength))
        let compared = memcmp(left, right, common)
        if compared != 0 { return compared < 0 ? -1 : 1 }
        let slash = UInt8(ascii: "/")
        let l = common < Int(entry.nameLength) ? left[common] : (entry.isTree ? slash : 0)
        let r = common < Int(other.nameLength) ? right[common] : (other.isTree ? slash : 0)
        return l == r ? 0 : (l < r ? -1 : 1)
    }

    /// The entry named like `other` (of `tree`), of any kind, as `git_tree_entry_byname` finds.
    func entry(namedLike other: Entry, in tree: RawTree) -> Entry? {
        let name = tree.bytes + Int(other.name), length = Int(other.nameLength)
        return entries.first { entry in
            Int(entry.nameLength) == length && memcmp(bytes + Int(entry.name), name, length) == 0
        }
    }

    func appendName(of entry: Entry, to path: inout [UInt8]) {
        path.append(contentsOf: UnsafeBufferPointer(start: bytes + Int(entry.name), count: Int(entry.nameLength)))
    }

    /// `mode SP name NUL id`, as `git_tree__parse_raw` reads it; nil where it would fail.
    private static func parse(_ bytes: UnsafePointer<UInt8>, size: Int) -> [Entry]? {
        var entries: [Entry] = []
        entries.reserveCapacity(size / 28 + 1)
        var offset = 0
        while offset < size {
            var mode: UInt32 = 0
            let digits = offset
            while offset < size, bytes[offset] &- UInt8(ascii: "0") < 8 {
                mode = mode &* 8 &+ UInt32(bytes[offset] &- UInt8(ascii: "0"))
                offset += 1
            }
            guard offset > digits, mode <= 0xFFFF, offset < size, bytes[offset] == UInt8(ascii: " ") else { return nil }
            offset += 1
            guard let nul = memchr(bytes + offset, 0, size - offset) else { return nil }
            let end = UnsafePointer<UInt8>(nul.assumingMemoryBound(to: UInt8.self)) - bytes
            let length = end - offset
            guard length > 0, length <= 0xFFFF, size - (end + 1) >= 20 else { return nil }
            entries.append(Entry(name: Int32(offset), nameLength: Int32(length), id: Int32(end + 1), mode: normalized(mode)))
            offset = end + 1 + 20
        }
        return entries
    }

    /// `normalize_filemode` of libgit2's tree.c.
    private static func normalized(_ mode: UInt32) -> UInt32 {
        switch mode & 0o170000 {
        case 0o040000: return 0o040000
        case _ where mode & 0o100 != 0: return 0o100755
        case 0o160000: return 0o160000
        case 0o120000: return 0o120000
        default: return 0o100644
        }
    }
}
