import Foundation

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
