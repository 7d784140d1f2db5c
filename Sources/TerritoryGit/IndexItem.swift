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
