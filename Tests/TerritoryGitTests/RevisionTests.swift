import Testing
@testable import TerritoryGit

/// Resolving names to commits, as `git rev-parse NAME^{commit}` does.
struct RevisionTests {
    @Test func resolvesBranchesShasTagsAndAncestry() throws {
        let repo = try TestRepository()
        try repo.write("a.txt", "1")
        let first = try repo.commitAll("first")
        try repo.write("a.txt", "2")
        let second = try repo.commitAll("second")
        try repo.git("tag", "-a", "v1", "-m", "annotated", first)
        try repo.git("branch", "agent/api", first)
        let opened = try Repository.open(at: repo.path)
        #expect(try opened.resolveCommit("main").description == second)
        #expect(try opened.resolveCommit("HEAD~1").description == first)
        #expect(try opened.resolveCommit(first).description == first)
        #expect(try opened.resolveCommit(String(first.prefix(10))).description == first)
        #expect(try opened.resolveCommit("v1").description == first)
        #expect(try opened.resolveCommit("agent/api").description == first)
        #expect(try opened.headCommit()?.description == second)
        #expect(opened.commitIfExists("origin/main") == nil)
        #expect(opened.commitIfExists("main")?.description == second)
        let tree = try opened.tree(ofCommit: opened.resolveCommit("main"))
        #expect(tree.description == (try repo.git("rev-parse", "main^{tree}")))
    }

    @Test func unknownRevisionErrorSaysHowToFetch() throws {
        let repo = try TestRepository()
        try repo.commitAll()
        let opened = try Repository.open(at: repo.path)
        #expect {
            _ = try opened.resolveCommit("agent/missing")
        } throws: { error in
            guard let error = error as? GitError else { return false }
            return error.isNotFound && error.hint?.contains("git fetch origin agent/missing") == true
                && error.hint?.contains("git branch -a") == true
        }
    }

    @Test func unbornHeadHasNoCommitButABranchName() throws {
        let repo = try TestRepository()
        let opened = try Repository.open(at: repo.path)
        #expect(try opened.headCommit() == nil)
        #expect(opened.currentBranch() == "main")
    }

    @Test func detachedHeadHasNoBranch() throws {
        let repo = try TestRepository()
        let commit = try repo.commitAll()
        try repo.git("checkout", "-q", "--detach", commit)
        let opened = try Repository.open(at: repo.path)
        #expect(opened.currentBranch() == nil)
        #expect(try opened.headCommit()?.description == commit)
    }
}
