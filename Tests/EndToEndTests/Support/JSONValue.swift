import TestSupport
import Foundation

/// Decoded JSON output of the binary, with the few accessors the tests need.
struct JSONReport {
    let object: [String: Any]

    init(_ text: String) throws {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw TestFailure("not a JSON object: \(text)")
        }
        self.object = object
    }

    var findings: [[String: Any]] { object["findings"] as? [[String: Any]] ?? [] }

    /// Findings as "rule agent path" lines, sorted, for compact assertions.
    var findingLines: [String] {
        findings.map { "\($0["rule"] as? String ?? "") \($0["agent"] as? String ?? "-") \($0["path"] as? String ?? "")" }.sorted()
    }

    func finding(rule: String, path: String) -> [String: Any]? {
        findings.first { $0["rule"] as? String == rule && $0["path"] as? String == path }
    }

    var summary: [String: Int] { object["summary"] as? [String: Int] ?? [:] }
}
