import Testing
@testable import TerritoryGit

/// Local and remote-tracking branches as a clone sees them.
struct BranchTests {
    @Test func listsLocalAndRemoteBranchesSortedWithoutSymbolicRefs() throws {
        let origin = try TestRepository()
        try origin.write("a.txt", "a")
        let main = try origin.commitAll()
        try origin.git("branch", "agent/api")
        try origin.git("checkout", "-q", "-b", "agent/web")
        let web = try origin.commitAll("web")
        let clonePath = origin.sandbox.appendingPathComponent("clone").path
        try origin.git("clone", "-q", "file://" + origin.path, clonePath)
        try origin.git("branch", "-q", "agent/local", "origin/agent/web", in: clonePath)
        #expect(try origin.git("symbolic-ref", "refs/remotes/origin/HEAD", in: clonePath) == "refs/remotes/origin/agent/web")

        let opened = try Repository.open(at: clonePath)
        let branches = try opened.branches()
        #expect(branches.map(\.name) == ["agent/local", "agent/web", "origin/agent/api", "origin/agent/web", "origin/main"])
        #expect(branches.map(\.isRemote) == [false, false, true, true, true])
        #expect(branches.first { $0.name == "origin/main" }?.target.description == main)
        #expect(branches.first { $0.name == "agent/local" }?.target.description == web)
        #expect(try opened.branches(includeRemote: false).map(\.name) == ["agent/local", "agent/web"])
    }
}
