import Foundation
import Testing
@testable import TerritoryGit

/// Reduced merges (only the changed paths) against libgit2's whole-tree merge: the same
/// conflicts, kinds and paths, and for clean merges the very same tree, on random pairs and
/// sequences with renames, deletions, mode flips and file<->folder switches.
struct MergeReducedTests {
    @Test func reducedMergeAgreesWithWholeTreeMerge() throws {
        var merges = 0, agreements = 0, conflicted = 0, renames = 0, stepsCompared = 0
        var disagreements: [String] = []
        for seed in UInt64(1)...30 {
            let repo = try TestRepository()
            var generator = MergeShapeGenerator(seed: seed)
            try generator.makeBase(repo)
            let names = ["agent/a", "agent/b", "agent/c"]
            for name in names { try generator.makeBranch(name, in: repo) }
            let opened = try Repository.open(at: repo.path)
            let workspace = try MergeWorkspace(for: opened)
            let base = try opened.tree(ofCommit: try opened.resolveCommit("main"))
            let trees = try names.map { try opened.tree(ofCommit: try opened.resolveCommit($0)) }
            var calls = 0
            // Pairs.
            for (i, j) in [(0, 1), (0, 2), (1, 2), (2, 0)] {
                let whole = try workspace.mergeTrees(ancestor: base, ours: trees[i], theirs: trees[j], keepTree: true)
                let reduced = try workspace.reducedMerge(ancestor: base, ours: trees[i], theirs: trees[j], keepTree: true)
                merges += 1
                calls += 1
                if !whole.isClean { conflicted += 1 }
                if whole.conflicts.contains(where: { $0.kind == .rename }) { renames += 1 }
                if whole == reduced { agreements += 1 } else {
                    disagreements.append("seed \(seed) \(names[i])×\(names[j]): \(reduced) vs whole \(whole)")
                }
            }
            // A sequence: each clean result (written back over the whole tree) is the next "ours".
            var wholeTree = base, reducedTree = base
            var wholeSteps: [Set<String>] = []
            for (index, theirs) in trees.enumerated() {
                let whole = try workspace.mergeTrees(ancestor: base, ours: wholeTree, theirs: theirs, keepTree: true)
                let reduced = try workspace.reducedMerge(ancestor: base, ours: reducedTree, theirs: theirs, keepTree: true)
                merges += 1
                calls += 1
                stepsCompared += 1
                wholeSteps.append(Set(whole.conflicts.map(\.path)))
                if whole == reduced { agreements += 1 } else {
                    disagreements.append("seed \(seed) step \(index): \(reduced) vs whole \(whole)")
                }
                guard let next = whole.tree, let reducedNext = reduced.tree else { break }
                wholeTree = next
                reducedTree = reducedNext
            }
            #expect(workspace.reducedMerges == calls)
            // `integrate` (disjoint steps applied, overlapping ones merged reduced) stops where the
            // whole-tree chain first conflicts, on the same paths.
            let steps = try MergeWorkspace(for: opened).integrate(
                base: try opened.resolveCommit("main"), branches: try names.map { try opened.resolveCommit($0) })
            let integrated = steps.map { Set($0.conflicts.map(\.path)) }
            if integrated != wholeSteps { disagreements.append("seed \(seed) integrate: \(integrated) vs whole \(wholeSteps)") }
            merges += 1
            agreements += integrated == wholeSteps ? 1 : 0
        }
        print("reduced vs whole-tree merges: \(agreements)/\(merges) identical "
            + "(\(conflicted) conflicted pairs, \(renames) with rename conflicts, \(stepsCompared) sequential steps)")
        disagreements.forEach { print("  differs: \($0)") }
        #expect(agreements == merges)
        // The scenarios must exercise conflicts, rename conflicts and clean merges alike.
        #expect(conflicted > 10 && renames > 0 && conflicted < 120)
    }

    /// `pair` and `integrate` take the reduced merge where one side deletes a path the other
    /// changed (the case that used to merge whole trees), and still answer as the whole merge.
    @Test func overlappingDeletionTakesTheReducedPath() throws {
        let repo = try TestRepository()
        for file in ["shared.txt", "kept/a.txt", "kept/b.txt"] { try repo.write(file, MergeShapeGenerator.text(file)) }
        try repo.commitAll("base")
        try repo.git("checkout", "-q", "-b", "deleter", "main")
        try repo.remove("shared.txt")
        try repo.commitAll("delete")
        try repo.git("checkout", "-q", "-b", "editor", "main")
        try repo.write("shared.txt", MergeShapeGenerator.text("shared.txt", edits: [3: "edited"]))
        try repo.commitAll("edit")
        try repo.git("checkout", "-q", "main")
        let opened = try Repository.open(at: repo.path)
        let workspace = try MergeWorkspace(for: opened)
        let deleter = try opened.resolveCommit("deleter"), editor = try opened.resolveCommit("editor")
        #expect(workspace.reducedMerges == 0)
        let pair = try workspace.pair(deleter, editor)
        #expect(workspace.reducedMerges == 1)
        #expect(pair.method == .full)
        #expect(pair.conflicts == [MergeConflict(path: "shared.txt", kind: .modifyDelete)])
        #expect(try workspace.mergeCommits(deleter, editor).conflicts == pair.conflicts)
        let steps = try workspace.integrate(base: try opened.resolveCommit("main"), branches: [editor, deleter])
        #expect(workspace.reducedMerges == 2)
        #expect(steps.map(\.method) == [.disjoint, .full])
        #expect(steps.last?.conflicts == pair.conflicts)
    }
}
