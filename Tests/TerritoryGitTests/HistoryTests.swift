import Testing
@testable import TerritoryGit

/// Merge bases and ancestry, including the shallow clones CI checkouts make by default.
struct HistoryTests {
    /// main: base - m1; agent/api: base - a1 - a2; orphan: unrelated history.
    private func forkedRepository() throws -> TestRepository {
        let repo = try TestRepository()
        try repo.write("base.txt", "base")
        try repo.commitAll("base")
        try repo.git("checkout", "-q", "-b", "agent/api")
        for step in 1...2 {
            try repo.write("api/\(step).txt", "\(step)")
            try repo.commitAll("a\(step)")
        }
        try repo.git("checkout", "-q", "main")
        try repo.write("main.txt", "m")
        try repo.commitAll("m1")
        try repo.git("checkout", "-q", "--orphan", "orphan")
        try repo.write("other.txt", "o")
        try repo.commitAll("unrelated")
        try repo.git("checkout", "-q", "main")
        return repo
    }

    @Test func mergeBaseAncestryAndAheadBehind() throws {
        let repo = try forkedRepository()
        let opened = try Repository.open(at: repo.path)
        let main = try opened.resolveCommit("main"), api = try opened.resolveCommit("agent/api")
        let base = try #require(try opened.mergeBase(main, api))
        #expect(base.description == (try repo.git("merge-base", "main", "agent/api")))
        #expect(try opened.isDescendant(api, of: base))
        #expect(try !opened.isDescendant(base, of: api))
        #expect(try !opened.isDescendant(api, of: api))
        let counts = try opened.aheadBehind(api, main)
        #expect(counts.ahead == 2 && counts.behind == 1)
        #expect(try opened.mergeBase(main, opened.resolveCommit("orphan")) == nil)
    }

    @Test func shallowCloneMergeBaseSaysHowToFetchHistory() throws {
        let origin = try forkedRepository()
        let clonePath = origin.sandbox.appendingPathComponent("clone").path
        try origin.git("clone", "-q", "--depth", "1", "file://" + origin.path, clonePath)
        try origin.git("fetch", "-q", "--depth", "1", "origin", "agent/api:refs/remotes/origin/agent/api", in: clonePath)
        let opened = try Repository.open(at: clonePath)
        #expect(opened.isShallow)
        let main = try opened.resolveCommit("origin/main"), api = try opened.resolveCommit("origin/agent/api")
        #expect {
            _ = try opened.mergeBase(main, api)
        } throws: { error in
            let hint = (error as? GitError)?.hint ?? ""
            return hint.contains("git fetch --unshallow") && hint.contains("fetch-depth: 0")
        }
        // The command the hint gives works as given.
        try origin.git("fetch", "-q", "--unshallow", in: clonePath)
        #expect(try Repository.open(at: clonePath).mergeBase(main, api) != nil)
    }
}
