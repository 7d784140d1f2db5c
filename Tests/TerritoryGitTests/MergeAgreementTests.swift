import Foundation
import Testing
@testable import TerritoryGit

/// The in-memory merges against `git merge-tree --write-tree` (git 2.39, merge-ort) on generated
/// waves: pairwise and sequential, verdicts and conflicted paths.
struct MergeAgreementTests {
    @Test func agreesWithGitMergeTree() throws {
        var pairs = 0, verdicts = 0, pathSets = 0, sequences = 0, sequenceAgreements = 0
        var disagreements: [String] = []
        for seed in UInt64(1)...12 {
            let repo = try TestRepository()
            var generator = MergeScenarioGenerator(seed: seed)
            try generator.makeBase(repo)
            let names = (1...4).map { "agent/a\($0)" }
            for name in names { try generator.makeBranch(name, in: repo) }
            let reference = try MergeReference(of: repo)
            let opened = try Repository.open(at: repo.path)
            let workspace = try MergeWorkspace(for: opened)
            let heads = try names.map { try opened.resolveCommit($0) }
            for i in names.indices {
                for j in names.indices where j > i {
                    let ours = Set(try workspace.pair(heads[i], heads[j]).conflicts.map(\.path))
                    let git = try reference.merge(names[i], names[j]).conflicts
                    pairs += 1
                    if ours.isEmpty == git.isEmpty { verdicts += 1 }
                    if ours == git { pathSets += 1 } else { disagreements.append("seed \(seed) \(names[i])×\(names[j]): \(ours.sorted()) vs git \(git.sorted())") }
                }
            }
            // Sequential: git merges each branch into a commit of the previous result.
            let steps = try workspace.integrate(base: try opened.resolveCommit("main"), branches: heads)
            var integrated = "main", parents = ["main"]
            var gitFailure: (Int, Set<String>)?
            for (index, name) in names.enumerated() {
                let result = try reference.merge(integrated, name)
                if !result.conflicts.isEmpty { gitFailure = (index, result.conflicts); break }
                parents.append(name)
                integrated = try reference.commit(tree: result.tree, parents: parents)
            }
            let ourFailure = steps.first { !$0.isClean }.map { ($0.index, Set($0.conflicts.map(\.path))) }
            sequences += 1
            if ourFailure?.0 == gitFailure?.0, ourFailure?.1 == gitFailure?.1 { sequenceAgreements += 1 } else {
                disagreements.append("seed \(seed) sequence: \(String(describing: ourFailure)) vs git \(String(describing: gitFailure))")
            }
        }
        print("merge agreement with git merge-tree: verdicts \(verdicts)/\(pairs) pairs, conflicted paths \(pathSets)/\(pairs) pairs, "
            + "sequential \(sequenceAgreements)/\(sequences) waves")
        disagreements.forEach { print("  differs: \($0)") }
        #expect(verdicts == pairs)
        #expect(pathSets == pairs)
        #expect(sequenceAgreements == sequences)
    }
}
