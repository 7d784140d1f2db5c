import Clibgit2
#if canImport(Glibc)
import Glibc
#endif

/// HEAD's tree against an `IndexFile`, skipping every directory whose cache-tree node is valid
/// and equal to HEAD's subtree: O(changed directories), like `git diff --cached`.
///
/// Elsewhere it merge-walks a HEAD tree with the index entries under the same prefix. Both are
/// in git order (a directory sorts as `name/`), so a file `a` and a folder `a` never meet:
/// a blob<->tree switch comes out as a deletion plus additions, as with `--no-renames`.
struct StagedDiffer {
    let repository: Repository
    let index: IndexFile
    private(set) var records: [ChangeRecord] = []
    /// HEAD trees this diff had to load: tests check that the cache-tree really saved the rest.
    private(set) var loadedTrees = 0

    init(repository: Repository, index: IndexFile) {
        self.repository = repository
        self.index = index
    }

    /// Diffs everything: `head` is HEAD's root tree, nil when HEAD is unborn.
    mutating func diffAll(head: ObjectID?) throws(GitError) {
        try diff(head: head, node: CacheTree.root, range: 0..<index.entries.count, prefix: [])
    }

    private mutating func diff(head: ObjectID?, node: Int?, range: Range<Int>, prefix: [UInt8]) throws(GitError) {
        if let head, let node, let offset = index.cacheTree.nodes[node].idOffset, index.id(atOffset: offset) == head {
            return
        }
        let tree = try head.map { id throws(GitError) in try Tree(id, in: repository) }
        if tree != nil { loadedTrees += 1 }
        let treeCount = tree?.count ?? 0
        var treePosition = 0
        var item = nextItem(at: range.lowerBound, in: range, prefix: prefix)
        while treePosition < treeCount || item != nil {
            let before = treePosition < treeCount ? tree?.entry(at: treePosition) : nil
            let order: Int
            switch (before, item) {
            case let (before?, item?): order = Self.compare(before.name, before.isTree, item.name, item.isFolder)
            case (_?, nil): order = -1
            default: order = 1
            }
            if order <= 0, let before {
                try headOnly(before, matching: order == 0 ? item : nil, prefix: prefix, node: node)
                treePosition += 1
            }
            if order >= 0, let current = item {
                if order > 0 { addIndexOnly(current) }
                item = nextItem(at: current.range.upperBound, in: range, prefix: prefix)
            }
        }
    }

    /// A HEAD entry, alone or with the index item of the same name and kind (file or folder).
    private mutating func headOnly(_ before: TreeEntry, matching item: IndexItem?, prefix: [UInt8], node: Int?) throws(GitError) {
        let path = prefix + before.name
        if before.isTree {
            guard let item else {
                var deleted = TreeDiffer(repository: repository)
                try deleted.diff(before.id, nil, prefix: path + [UInt8(ascii: "/")])
                records += deleted.records
                return
            }
            let child = node.flatMap { index.cacheTree.child(of: $0, named: item.name, in: index.bytes) }
            return try diff(head: before.id, node: child, range: item.range, prefix: path + [UInt8(ascii: "/")])
        }
        guard let item, let after = file(item) else {
            records.append(ChangeRecord(status: .deleted, path: path, oldID: before.id, oldMode: before.mode))
            return
        }
        guard before.id != after.id || before.mode != after.mode else { return }
        records.append(ChangeRecord(
            status: before.kind == after.kind ? .modified : .typeChanged, path: path,
            oldID: before.id, newID: after.id, oldMode: before.mode, newMode: after.mode))
    }

    /// Index entries with nothing in HEAD: each one is added (intent-to-add entries excepted).
    private mutating func addIndexOnly(_ item: IndexItem) {
        for position in item.range where !index.entries[position].intentToAdd {
            let entry = index.entries[position]
            records.append(ChangeRecord(
                status: .added, path: Array(index.path(position)),
                newID: index.id(atOffset: Int(entry.idOffset)), newMode: entry.mode))
        }
    }

    /// The index item of a file entry, as a tree entry; nil for an intent-to-add entry.
    private func file(_ item: IndexItem) -> TreeEntry? {
        let entry = index.entries[item.range.lowerBound]
        guard !item.isFolder, !entry.intentToAdd else { return nil }
        return TreeEntry(name: item.name, id: index.id(atOffset: Int(entry.idOffset)), mode: entry.mode)
    }

    /// The file or folder starting at entry `position`, directly under `prefix`.
    private func nextItem(at position: Int, in range: Range<Int>, prefix: [UInt8]) -> IndexItem? {
        guard position < range.upperBound else { return nil }
        let rest = index.path(position)[prefix.count...]
        guard let slash = rest.firstIndex(of: UInt8(ascii: "/")) else {
            return IndexItem(name: Array(rest), isFolder: false, range: position..<(position + 1))
        }
        let name = Array(rest[..<slash])
        // Every path in the folder starts with `prefix name/`; `0` is the byte after `/`.
        let end = index.lowerBound(prefix + name + [UInt8(ascii: "0")], in: (position + 1)..<range.upperBound)
        return IndexItem(name: name, isFolder: true, range: position..<end)
    }

    /// git's order for names in one directory: a folder compares as if followed by `/`.
    static func compare(_ a: [UInt8], _ aIsFolder: Bool, _ b: [UInt8], _ bIsFolder: Bool) -> Int {
        let common = min(a.count, b.count)
        for position in 0..<common where a[position] != b[position] {
            return a[position] < b[position] ? -1 : 1
        }
        let nextA = a.count > common ? a[common] : (aIsFolder ? UInt8(ascii: "/") : 0)
        let nextB = b.count > common ? b[common] : (bIsFolder ? UInt8(ascii: "/") : 0)
        return nextA == nextB ? 0 : (nextA < nextB ? -1 : 1)
    }
}

/// What the staged differ sees directly under a directory of the index: a file (one entry) or
/// a folder (the run of entries whose paths continue with `name/`).
///
/// Folders are never materialised as lists: `range` is found by binary search on the sorted
/// paths, so a folder the cache-tree proves unchanged costs one search and nothing else.
struct IndexItem {
    /// One path component, without a slash.
    var name: [UInt8]
    var isFolder: Bool
    /// The entries of `IndexFile.entries` this item covers (exactly one for a file).
    var range: Range<Int>
}
