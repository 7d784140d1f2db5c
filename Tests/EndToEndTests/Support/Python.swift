import Foundation
import TestSupport

/// python3 for the checks no Swift package does without a new dependency: JSON Schema validation
/// (`jsonschema`) and YAML (`yaml`, PyYAML), the way Claude Code's own loader reads frontmatter.
/// A test that needs a missing module fails with how to install it; `scripts/test.sh` installs both.
enum Python {
    struct Unavailable: Error, CustomStringConvertible {
        var reason: String
        var description: String {
            "this test needs python3 with jsonschema and PyYAML (`python3 -m pip install jsonschema pyyaml`; scripts/test.sh installs them): \(reason)"
        }
    }

    /// Runs `script` with `arguments`; throws when python3 or a module it imports is missing.
    static func run(_ script: String, _ arguments: [String], input: String? = nil) throws -> ProcessResult {
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", script] + arguments,
                                   in: FileManager.default.temporaryDirectory, input: input)
        if result.stderr.contains("ModuleNotFoundError") || result.status == 127 { throw Unavailable(reason: result.stderr) }
        return result
    }

    /// The folder of schemas the tests validate against (`Tests/Schemas`, see its PROVENANCE.md).
    static let schemas = PackageRoot.url.appendingPathComponent("Tests/Schemas")
}
