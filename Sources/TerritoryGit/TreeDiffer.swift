import Clibgit2

/// Changed paths between two trees that skips every subtree whose id is equal on both sides.
///
/// libgit2 1.5.1's `git_diff_tree_to_tree` expands every subtree of both trees (O(all files);
/// upstream PR libgit2#6863 is still open): 115 ms for a 5-file change on 100k files, against
/// ~15 ms here. Output matches `git diff --name-status --no-renames`: a blob<->tree switch is
/// a deletion plus additions, a submodule entry counts as a file.
///
/// Trees are read as bytes (`RawTree`), entries stay offsets into them (valid while their tree
/// is loaded, which is the whole recursion below it), and the path is one buffer grown and cut
/// back as the walk goes down and up: only a changed file's path is copied, into its record.
struct TreeDiffer {
    let repository: Repository
    private(set) var records: [ChangeRecord] = []
    private var path: [UInt8] = []

    init(repository: Repository) { self.repository = repository }

    mutating func diff(_ old: ObjectID?, _ new: ObjectID?, prefix: [UInt8] = []) throws(GitError) {
        path = prefix
        try walk(old, new, in: try repository.objectDatabase())
    }

    private mutating func walk(_ old: ObjectID?, _ new: ObjectID?, in database: OpaquePointer) throws(GitError) {
        if old == new { return }
        let oldTree = try old.map { id throws(GitError) in try RawTree(id, in: database) }
        let newTree = try new.map { id throws(GitError) in try RawTree(id, in: database) }
        let oldEntries = oldTree?.entries ?? [], newEntries = newTree?.entries ?? []
        // Both trees are in git order, so a merge walk pairs each entry with the other side's
        // entry of the same name without a search; only an entry the walk leaves alone (added,
        // deleted, or a file on one side and a folder on the other) is looked up by name.
        // Entries equal on both sides are skipped without copying anything: in a typical
        // change almost every entry of a visited tree is unchanged.
        var paired = [Bool](repeating: false, count: newEntries.count)
        var next = 0
        for before in oldEntries {
            guard let oldTree else { break }
            var after: RawTree.Entry?
            while next < newEntries.count, let newTree {
                let order = newTree.order(newEntries[next], before, in: oldTree)
                if order > 0 { break }
                next += 1
                if order == 0 {
                    after = newEntries[next - 1]
                    paired[next - 1] = true
                    break
                }
            }
            if after == nil { after = newTree?.entry(namedLike: before, in: oldTree) }
            if let after, let newTree, oldTree.same(before, as: after, in: newTree) { continue }
            let length = path.count
            defer { path.removeSubrange(length...) }
            oldTree.appendName(of: before, to: &path)
            try compare((before, oldTree), after.flatMap { entry in newTree.map { (entry, $0) } }, in: database)
        }
        for (index, after) in newEntries.enumerated() where !paired[index] {
            guard let newTree, oldTree?.entry(namedLike: after, in: newTree) == nil else { continue }
            let length = path.count
            defer { path.removeSubrange(length...) }
            newTree.appendName(of: after, to: &path)
            try compare(nil, (after, newTree), in: database)
        }
    }

    /// The entries at the current path on each side, each with its tree (nil when absent).
    private mutating func compare(_ before: (RawTree.Entry, RawTree)?, _ after: (RawTree.Entry, RawTree)?,
                                  in database: OpaquePointer) throws(GitError) {
        let beforeID = before.map { $0.1.id($0.0) }, afterID = after.map { $0.1.id($0.0) }
        switch (before?.0, after?.0) {
        case let (old?, new?) where old.isTree && new.isTree:
            try walkFolder(beforeID, afterID, in: database)
        case let (old?, new?) where old.isTree || new.isTree:
            try compare(before, nil, in: database)
            try compare(nil, after, in: database)
        case let (old?, new?):
            guard beforeID != afterID || old.mode != new.mode else { return }
            let status: ChangeStatus = TreeEntry.Kind(mode: old.mode) == TreeEntry.Kind(mode: new.mode) ? .modified : .typeChanged
            records.append(ChangeRecord(
                status: status, path: path, oldID: beforeID, newID: afterID, oldMode: old.mode, newMode: new.mode))
        case let (old?, nil):
            if old.isTree { return try walkFolder(beforeID, nil, in: database) }
            records.append(ChangeRecord(status: .deleted, path: path, oldID: beforeID, oldMode: old.mode))
        case let (nil, new?):
            if new.isTree { return try walkFolder(nil, afterID, in: database) }
            records.append(ChangeRecord(status: .added, path: path, newID: afterID, newMode: new.mode))
        case (nil, nil):
            return
        }
    }

    /// Walks the folder at the current path.
    private mutating func walkFolder(_ old: ObjectID?, _ new: ObjectID?, in database: OpaquePointer) throws(GitError) {
        path.append(UInt8(ascii: "/"))
        defer { path.removeLast() }
        try walk(old, new, in: database)
    }
}
