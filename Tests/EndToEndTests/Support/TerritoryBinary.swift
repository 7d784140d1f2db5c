import TestSupport
import Foundation
import Testing

/// The built `territory` executable, run as a user would.
enum TerritoryBinary {
    /// Next to the test bundle in the build folder (the test target depends on the executable,
    /// so `swift test` builds it); `TERRITORY_BIN` overrides.
    static let url: URL = {
        if let explicit = ProcessInfo.processInfo.environment["TERRITORY_BIN"] {
            return URL(fileURLWithPath: explicit)
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("territory")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return PackageRoot.url.appendingPathComponent(".build/debug/territory")
    }()

    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                    input: String? = nil) throws -> ProcessResult {
        try Shell.run(url.path, arguments, in: directory, environment: environment, input: input)
    }
}
/// The environment under which git runs territory's installed hooks in tests: the built binary
/// instead of one on PATH.
enum HookEnvironment {
    static var binary: [String: String] { ["TERRITORY": TerritoryBinary.url.path] }
}

/// The package's own folder, for fixtures and scripts.
enum PackageRoot {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

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
