/// Pairs deleted and added paths whose blob ids are equal into renames.
///
/// Submodules and empty files are left alone: a submodule commit is not content, and every
/// empty file has the same id, so pairing them would invent renames between unrelated files.
/// When several deleted paths share the id, one with the same file name is preferred, as git does.
enum ExactRenames {
    static let emptyBlob = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"

    static func pair(_ records: [ChangeRecord]) -> [ChangeRecord] {
        var sources: [ObjectID: [Int]] = [:]
        for (index, record) in records.enumerated() where record.status == .deleted && isCandidate(record.oldID, record.oldMode) {
            if let id = record.oldID { sources[id, default: []].append(index) }
        }
        guard !sources.isEmpty else { return records }
        var used = Set<Int>()
        var result: [ChangeRecord] = []
        for record in records where record.status == .added {
            guard isCandidate(record.newID, record.newMode), let id = record.newID,
                  let source = best(sources[id] ?? [], for: record, in: records, used: used)
            else { continue }
            used.insert(source)
            let old = records[source]
            result.append(ChangeRecord(
                status: .renamed, path: record.path, oldPath: old.path, oldID: old.oldID, newID: record.newID,
                oldMode: old.oldMode, newMode: record.newMode))
        }
        guard !used.isEmpty else { return records }
        let renamedTargets = Set(result.map(\.path))
        for (index, record) in records.enumerated() where !used.contains(index) {
            if record.status == .added, renamedTargets.contains(record.path) { continue }
            result.append(record)
        }
        return result
    }

    private static func isCandidate(_ id: ObjectID?, _ mode: UInt32?) -> Bool {
        guard let id, let mode else { return false }
        return mode != 0o160000 && id.description != emptyBlob
    }

    private static func best(_ candidates: [Int], for target: ChangeRecord, in records: [ChangeRecord], used: Set<Int>) -> Int? {
        let free = candidates.filter { !used.contains($0) }
        let name = fileName(target.path)
        return free.first { fileName(records[$0].path) == name } ?? free.first
    }

    private static func fileName(_ path: [UInt8]) -> ArraySlice<UInt8> {
        guard let slash = path.lastIndex(of: UInt8(ascii: "/")) else { return path[...] }
        return path[(slash + 1)...]
    }
}
