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

    /// The command a hint gives is run as given, and then the name resolves: the regression was
    /// `git fetch origin origin/main`, which asks origin for a branch called `origin/main`.
    @Test func theFetchCommandOfAnUnknownBranchWorks() throws {
        let origin = try TestRepository()
        try origin.commitAll("base")
        try origin.git("branch", "agent/api")
        let clonePath = origin.sandbox.appendingPathComponent("clone").path
        try origin.git("clone", "-q", "--single-branch", "--branch", "agent/api", "file://" + origin.path, clonePath)
        for name in ["origin/main", "main", "refs/remotes/origin/main"] {
            let opened = try Repository.open(at: clonePath)
            var hint = ""
            #expect {
                _ = try opened.resolveCommit(name)
            } throws: { error in
                hint = (error as? GitError)?.hint ?? ""
                return true
            }
            let command = try #require(hint.split(separator: "`").first { $0.hasPrefix("git fetch ") }, "\(name): \(hint)")
            #expect(!command.contains("origin origin/"), "\(command)")
            let arguments = command.split(separator: " ").dropFirst().map(String.init)
            _ = try origin.gitData(arguments + ["-q"], in: clonePath)
            #expect(try Repository.open(at: clonePath).commitIfExists(name) != nil, "`\(command)` did not fetch \(name)")
            try? origin.git("update-ref", "-d", "refs/remotes/origin/main", in: clonePath)
            try? origin.git("branch", "-q", "-D", "main", in: clonePath)
        }
        #expect(GitError.fetchCommand(for: "main~2") == nil)
        #expect(GitError.fetchCommand(for: "upstream/release/1") == "git fetch upstream release/1:refs/remotes/upstream/release/1")
        #expect(GitError.fetchCommand(for: "agent/api") == "git fetch origin agent/api:agent/api")
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
