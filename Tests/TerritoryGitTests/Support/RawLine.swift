import Foundation
import TerritoryGit

/// One line of `git diff --raw -z`: status, path and blob ids (nil for the all-zero id).
struct RawLine: Equatable, CustomStringConvertible {
    var status: String
    var path: String
    var oldID: String?
    var newID: String?

    init(status: String, path: String, oldID: String?, newID: String?) {
        (self.status, self.path, self.oldID, self.newID) = (status, path, oldID, newID)
    }

    init(_ change: FileChange) {
        self.init(status: change.status.rawValue, path: change.path, oldID: change.oldID?.description, newID: change.newID?.description)
    }

    static func parse(_ data: Data) -> [RawLine] {
        let fields = data.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var lines: [RawLine] = []
        var index = 0
        while index + 1 < fields.count, fields[index].hasPrefix(":") {
            let meta = fields[index].split(separator: " ").map(String.init)
            let zero = String(repeating: "0", count: 40)
            lines.append(RawLine(
                status: meta[4], path: fields[index + 1],
                oldID: meta[2] == zero ? nil : meta[2], newID: meta[3] == zero ? nil : meta[3]))
            index += 2
        }
        return lines
    }

    var description: String { "\(status) \(path) \(oldID ?? "-") \(newID ?? "-")" }
}
