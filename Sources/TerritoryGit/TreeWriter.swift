import Clibgit2

/// Builds a whole tree from a list of files and writes its tree objects straight into a memory
/// object backend (a merge workspace's mempack).
///
/// A reduced merge needs three trees of ~1,000 scattered files each, so ~800 tree objects each.
/// `git_tree_create_updated` on the empty tree spent ~30,000 instructions per tree object there:
/// its `git_odb_write` "freshens" every new object, which for an object no backend has means
/// re-reading the pack directory. Here each tree is serialised once and handed to the backend;
/// a tree this writer already wrote (a folder only one side changed is the same in the
/// ancestor's and the other side's reduced tree, and in every pair that side is part of) is
/// found by its bytes instead of being hashed again.
final class TreeWriter {
    let backend: UnsafeMutablePointer<git_odb_backend>
    /// Every tree object written, numbered by its bytes; `ids[n]` is tree `n`'s id.
    private var written = InternTable()
    private var ids: [ObjectID] = []

    init(backend: UnsafeMutablePointer<git_odb_backend>) { self.backend = backend }

    /// One file of the tree: its full path (bytes), blob (or submodule commit) id and mode.
    struct File {
        var path: [UInt8]
        var id: ObjectID
        var mode: UInt32
    }

    /// The id of the tree holding exactly `files`, which must be sorted by path bytes with no
    /// path equal to another's folder. Sorted full paths list each level's entries in git's tree
    /// order (a folder sorts as `name/`), so every level is written as the list comes.
    func write(_ files: [File]) throws(GitError) -> ObjectID {
        try write(files[...], from: 0)
    }

    private func write(_ files: ArraySlice<File>, from offset: Int) throws(GitError) -> ObjectID {
        var object: [UInt8] = []
        var index = files.startIndex
        while index < files.endIndex {
            let path = files[index].path
            guard let slash = path[offset...].firstIndex(of: UInt8(ascii: "/")) else {
                Self.append(mode: files[index].mode, name: path[offset...], id: files[index].id, to: &object)
                index += 1
                continue
            }
            // Every file below this folder: sorted paths keep them together.
            let folder = path[offset...slash]
            var end = index + 1
            while end < files.endIndex, files[end].path.count > slash,
                  files[end].path[offset...slash].elementsEqual(folder) { end += 1 }
            let subtree = try write(files[index..<end], from: slash + 1)
            Self.append(mode: 0o040000, name: path[offset..<slash], id: subtree, to: &object)
            index = end
        }
        return try store(object)
    }

    private func store(_ object: [UInt8]) throws(GitError) -> ObjectID {
        let known = written.count
        let number = object.withUnsafeBufferPointer { written.id($0) }
        if number < known { return ids[number] }
        var id = git_oid()
        let code = object.withUnsafeBytes { bytes -> Int32 in
            let hashed = git_odb_hash(&id, bytes.baseAddress, bytes.count, GIT_OBJECT_TREE)
            guard hashed >= 0 else { return hashed }
            return territory_odb_backend_write(backend, &id, bytes.baseAddress, bytes.count, GIT_OBJECT_TREE)
        }
        try check(code, "git_odb_backend.write")
        ids.append(ObjectID(id))
        return ObjectID(id)
    }

    /// A tree entry as git writes it: octal mode without leading zeros, space, name, NUL, raw id.
    private static func append(mode: UInt32, name: ArraySlice<UInt8>, id: ObjectID, to object: inout [UInt8]) {
        switch mode {
        case 0o100644: object.append(contentsOf: [0x31, 0x30, 0x30, 0x36, 0x34, 0x34, 0x20])
        case 0o040000: object.append(contentsOf: [0x34, 0x30, 0x30, 0x30, 0x30, 0x20])
        default:
            object.append(contentsOf: String(mode, radix: 8).utf8)
            object.append(UInt8(ascii: " "))
        }
        object.append(contentsOf: name)
        object.append(0)
        withUnsafeBytes(of: id.raw.id) { object.append(contentsOf: $0) }
    }
}
