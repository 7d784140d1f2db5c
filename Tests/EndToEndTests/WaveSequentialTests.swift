import Foundation
import TestSupport
import Testing

/// A conflict no pair shows: api-agent renames a file and rewrites its head, ui-agent rewrites
/// its middle. Each alone keeps the file similar enough for git to see the rename, so docs-agent's
/// edit of the old name follows it; both together leave too little of the old file, git sees a
/// delete, and docs-agent's edit becomes a modify/delete conflict at step 3 of the integration.
@Suite struct WaveSequentialTests {
    private static func text(_ changed: ClosedRange<Int>?, _ tag: String) -> String {
        (1...20).map { line in
            changed?.contains(line) == true ? "\(tag)\(line) changed entirely different text here"
                : "line \(line) of a file long enough to be merged line by line with words"
        }.joined(separator: "\n") + "\n"
    }

    @Test func threeBranchConflictOnlyInSequence() throws {
        let repo = try ScenarioPlan.repository()
        try repo.write("docs/notes.txt", Self.text(nil, ""))
        try repo.commitAll("notes")
        try repo.branch("work/api") {
            try repo.git("mv", "docs/notes.txt", "docs/moved.txt")
            try repo.write("docs/moved.txt", Self.text(1...5, "A"))
        }
        try repo.branch("agent/ui-agent") { try repo.write("docs/notes.txt", Self.text(8...16, "B")) }
        try repo.branch("agent/docs-agent") { try repo.write("docs/notes.txt", Self.text(19...19, "C")) }

        let (status, report) = try repo.waveCheck()
        #expect(status == 1)
        let conflicts = report.findings.filter { $0["rule"] as? String == "merge-conflict" }
        #expect(conflicts.count == 1)
        let conflict = try #require(conflicts.first)
        #expect(conflict["agent"] as? String == "docs-agent")
        #expect(conflict["path"] as? String == "docs/notes.txt")
        let message = conflict["message"] as? String ?? ""
        #expect(message.hasPrefix("modify/delete conflict") && message.contains("step 3 of 3"), "\(message)")

        // git agrees: every pair merges cleanly, the sequence does not.
        let scratch = try repo.mirror()
        for (ours, theirs) in [("work/api", "agent/ui-agent"), ("work/api", "agent/docs-agent"), ("agent/ui-agent", "agent/docs-agent")] {
            #expect(try repo.gitMergeTree(ours, theirs).isEmpty, "\(ours) × \(theirs)")
        }
        let step2 = try Shell.run("/usr/bin/git", ["merge-tree", "--write-tree", "work/api", "agent/ui-agent"], in: scratch.root)
        let tree = String(step2.stdout.prefix { $0 != "\n" })
        let integrated = try scratch.git(["commit-tree", tree, "-p", "main", "-p", "work/api", "-p", "agent/ui-agent", "-m", "wave"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let step3 = try Shell.run("/usr/bin/git", ["merge-tree", "--write-tree", "--name-only", "--no-messages", integrated, "agent/docs-agent"], in: scratch.root)
        #expect(step3.status == 1)
        #expect(step3.stdout.split(separator: "\n").dropFirst() == ["docs/notes.txt"])
    }
}
