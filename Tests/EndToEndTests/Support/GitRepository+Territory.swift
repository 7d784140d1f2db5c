import Foundation
import Testing

extension GitRepository {
    /// Runs territory in this repository and records an issue if the run changed anything git
    /// keeps (refs, index, objects, working-tree status): territory never writes.
    func territory(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
                   input: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> ProcessResult {
        let before = try fingerprint()
        let result = try TerritoryBinary.run(arguments, in: folder ?? root, environment: environment, input: input)
        let after = try fingerprint()
        #expect(before == after, "territory \(arguments.joined(separator: " ")) changed the repository", sourceLocation: sourceLocation)
        return result
    }
}
