import Foundation
import TestSupport
import Testing

/// Helpers for wave scenarios: a base with multi-line files, runs that also prove no object file
/// appeared, and git's own verdict from a scratch copy (`git merge-tree` writes objects).
extension GitRepository {
    /// Lines `1`…`n` of a file, with `changes` replacing some of them.
    static func lines(_ count: Int, prefix: String = "line", _ changes: [Int: String] = [:]) -> String {
        (1...count).map { changes[$0] ?? "\(prefix) \($0) of a file long enough to be merged line by line" }.joined(separator: "\n") + "\n"
    }

    /// Every file under .git/objects, so a test can tell that nothing at all was written there.
    func objectFiles() throws -> [String] {
        let objects = root.appendingPathComponent(".git/objects")
        let enumerator = FileManager.default.enumerator(atPath: objects.path)
        return (enumerator?.allObjects as? [String] ?? []).sorted()
    }

    /// `territory check --wave N --format json`, asserting that no object file appeared.
    func waveCheck(_ wave: Int = 1, sourceLocation: SourceLocation = #_sourceLocation) throws -> (status: Int32, report: JSONReport) {
        let before = try objectFiles()
        let result = try territory(["check", "--wave", String(wave), "--format", "json"], sourceLocation: sourceLocation)
        #expect(try objectFiles() == before, "objects were written", sourceLocation: sourceLocation)
        #expect(result.stderr.isEmpty || result.status != 2, "\(result.stderr)", sourceLocation: sourceLocation)
        return (result.status, try JSONReport(result.stdout))
    }

    /// A bare mirror in a temporary folder (removed with the value), where git may write.
    func mirror() throws -> GitRepository {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("territory-scratch-\(UUID().uuidString)")
        let result = try Shell.run("/usr/bin/git", ["clone", "-q", "--mirror", path, url.path], in: root)
        guard result.status == 0 else { throw TestFailure("git clone --mirror failed: \(result.stderr)") }
        return GitRepository(existing: url)
    }

    /// Conflicted paths git reports for merging `theirs` into `ours`, run in a throwaway clone.
    func gitMergeTree(_ ours: String, _ theirs: String) throws -> [String] {
        let scratch = try mirror()
        let result = try Shell.run("/usr/bin/git", ["merge-tree", "--write-tree", "--name-only", "--no-messages", ours, theirs], in: scratch.root)
        return result.stdout.split(separator: "\n").dropFirst().map(String.init).sorted()
    }
}

extension JSONReport {
    /// Findings of one rule as "agent×other path" strings, sorted.
    func pairs(_ rule: String) -> [String] {
        findings.filter { $0["rule"] as? String == rule }.map {
            "\($0["agent"] as? String ?? "-")×\($0["otherAgent"] as? String ?? "-") \($0["path"] as? String ?? "")"
        }.sorted()
    }

    var rules: [String] { findings.compactMap { $0["rule"] as? String }.sorted() }
}
