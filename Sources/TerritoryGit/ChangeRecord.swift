/// A change while it is still being computed: paths as bytes (sorted bytewise, which is git's
/// order for full paths) and the modes rename pairing needs. Becomes a public `FileChange`.
struct ChangeRecord {
    var status: ChangeStatus
    var path: [UInt8]
    var oldPath: [UInt8]?
    var oldID: ObjectID?
    var newID: ObjectID?
    var oldMode: UInt32?
    var newMode: UInt32?

    var fileChange: FileChange {
        FileChange(
            status: status, path: String(decoding: path, as: UTF8.self),
            oldPath: oldPath.map { String(decoding: $0, as: UTF8.self) }, oldID: oldID, newID: newID)
    }

    /// Sorts by path bytes and converts; the order every public change list promises.
    static func sortedFileChanges(_ records: [ChangeRecord]) -> [FileChange] {
        records.sorted { $0.path.lexicographicallyPrecedes($1.path) }.map(\.fileChange)
    }
}
