/// The paths one side of a merge changed since the ancestor, as bit sets over a workspace's
/// `InternTable`, for the questions a wave asks of every pair: which paths both sides changed, and
/// is one side's file the other's folder.
///
/// Built once per change set and reused: a wave of n branches asks n(n-1)/2 pairs and up to n
/// integration steps. Hashing every path string again per question (Swift `Set<String>`) cost
/// a third of a 100k-file wave check; numbered once, a disjoint pair is a few dozen word ANDs.
struct ChangeSet {
    /// Ids of the changed paths.
    private(set) var files = BitSet()
    /// Ids of every folder above a changed path (`a` and `a/b` for `a/b/c`).
    private(set) var folders = BitSet()

    init() {}

    /// The set of `changes`, numbered in `table`. Change lists are sorted, so neighbours share
    /// folders: only the folders past the part a path shares with the previous one are looked up.
    init(_ changes: [FileChange], in table: inout InternTable) {
        var previous: [UInt8] = []
        for change in changes {
            InternTable.withBytes(of: change.path) { path in
                files.insert(table.id(path))
                var common = 0
                while common < path.count, common < previous.count, path[common] == previous[common] { common += 1 }
                for end in common..<path.count where path[end] == UInt8(ascii: "/") {
                    folders.insert(table.id(UnsafeBufferPointer(rebasing: path[..<end])))
                }
                previous.removeAll(keepingCapacity: true)
                previous.append(contentsOf: path)
            }
        }
    }

    mutating func formUnion(_ other: ChangeSet) {
        files.formUnion(other.files)
        folders.formUnion(other.folders)
    }

    /// Paths both sets touch, plus directory/file clashes: a path of one set below a path the
    /// other set changed as a file (one side writes `a`, the other `a/b`: `a/b` is listed).
    /// Sorted. Disjoint sets merge cleanly.
    func sharedPaths(with other: ChangeSet, in table: InternTable) -> [String] {
        var shared = files.intersection(other.files)
        for (mine, theirs) in [(self, other), (other, self)] where mine.files.intersects(theirs.folders) {
            // Rare: only now look at every path of `theirs` for a folder that `mine` changed as a file.
            for id in theirs.files.ids where !shared.contains(id) {
                let clashes = table.withName(id) { path in
                    path.indices.contains { end in
                        path[end] == UInt8(ascii: "/")
                            && table.existingID(UnsafeBufferPointer(rebasing: path[..<end])).map(mine.files.contains) == true
                    }
                }
                if clashes { shared.insert(id) }
            }
        }
        return shared.ids.map(table.name).sorted()
    }
}

/// Numbers byte strings: every path and folder name a workspace's change sets hold (one id
/// space for both, so that a file of one set and a folder of another compare), or every tree
/// object a `TreeWriter` wrote. Compared as bytes, as git compares paths, in an open-addressing
/// table: Swift's `Dictionary<String, Int>` cost more than the tree reading of a change set, and
/// `Dictionary<[UInt8], _>` hashes byte by byte.
struct InternTable {
    /// Every name's bytes, one after the other; name `id` is `bytes[starts[id]..<starts[id + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Ids by hash, linear probing; -1 is empty. The count stays a power of two, at most half full.
    private var slots = [Int32](repeating: -1, count: 1024)

    var count: Int { hashes.count }

    /// The id of `name`, numbered now if it is new.
    mutating func id(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(name)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 {
            let id = Int(slots[slot])
            if hashes[id] == hash, equals(id, name) { return id }
            slot = (slot + 1) & (slots.count - 1)
        }
        let id = count
        bytes.append(contentsOf: name)
        starts.append(bytes.count)
        hashes.append(hash)
        slots[slot] = Int32(id)
        if count * 2 > slots.count { grow() }
        return id
    }

    func existingID(_ name: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(name)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 {
            let id = Int(slots[slot])
            if hashes[id] == hash, equals(id, name) { return id }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    func name(_ id: Int) -> String { withName(id) { String(decoding: $0, as: UTF8.self) } }

    func withName<Result>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[id]..<starts[id + 1]])) }
    }

    /// A path's UTF-8 bytes (change paths are native strings: no copy).
    static func withBytes<Result>(of path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = path.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(path.utf8).withUnsafeBufferPointer(body)
    }

    private func equals(_ id: Int, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        withName(id) { $0.count == name.count && $0.elementsEqual(name) }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(id)
        }
    }

    /// FNV-1a: paths are short, and this needs to spread them, not to resist an attacker.
    private static func hash(_ name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}

/// A set of small non-negative integers, one bit each.
struct BitSet {
    private var words: [UInt64] = []

    /// Inserts `id`; false when it was there already.
    @discardableResult
    mutating func insert(_ id: Int) -> Bool {
        let (word, bit) = id.quotientAndRemainder(dividingBy: 64)
        if word >= words.count { words += Array(repeating: 0, count: word - words.count + 1) }
        let mask = UInt64(1) << bit
        defer { words[word] |= mask }
        return words[word] & mask == 0
    }

    func contains(_ id: Int) -> Bool {
        let (word, bit) = id.quotientAndRemainder(dividingBy: 64)
        return word < words.count && words[word] & (UInt64(1) << bit) != 0
    }

    func intersects(_ other: BitSet) -> Bool {
        zip(words, other.words).contains { $0 & $1 != 0 }
    }

    func intersection(_ other: BitSet) -> BitSet {
        var result = BitSet()
        result.words = zip(words, other.words).map { $0 & $1 }
        return result
    }

    mutating func formUnion(_ other: BitSet) {
        if other.words.count > words.count { words += Array(repeating: 0, count: other.words.count - words.count) }
        for (index, word) in other.words.enumerated() { words[index] |= word }
    }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    /// The members, ascending.
    var ids: [Int] {
        var result: [Int] = []
        for (index, word) in words.enumerated() {
            var rest = word
            while rest != 0 {
                result.append(index * 64 + rest.trailingZeroBitCount)
                rest &= rest - 1
            }
        }
        return result
    }
}
