import Foundation

/// Validates SARIF text against the official SARIF 2.1.0 JSON schema (Golden/sarif-schema-2.1.0.json,
/// see Golden/sarif-schema-2.1.0.PROVENANCE.md) with Python's `jsonschema`, a widely used
/// implementation of JSON Schema draft 4, the draft the schema is written in. No Swift package does
/// draft-4 validation without a new dependency, and hand-written structure checks would only
/// test our reading of the spec against itself.
enum SarifSchema {
    static let file = Golden.folder.appendingPathComponent("sarif-schema-2.1.0.json")

    /// The validator: prints one line per schema violation and exits 1 when there is any.
    private static let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        document = json.load(open(sys.argv[2], encoding="utf-8"))
        validator = jsonschema.Draft4Validator(schema)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors:
            print("/".join(str(p) for p in error.absolute_path) or "(root)", ":", error.message)
        sys.exit(1 if errors else 0)
        """

    /// Why the validator cannot run (python3 or its `jsonschema` module missing), or nil when it can.
    /// Checked once per run.
    static let unavailable: String? = {
        do {
            let probe = try run(["-c", "import jsonschema"])
            return probe.status == 0 ? nil : probe.output.trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            return "\(error)"
        }
    }()

    /// The validator could not run: the tests that need it fail, never skip, so a missing module
    /// cannot pass for a valid report. `scripts/test.sh` installs it.
    struct ValidatorUnavailable: Error, CustomStringConvertible {
        var reason: String
        var description: String {
            "SARIF schema validation needs python3 with the jsonschema module (`python3 -m pip install jsonschema`; "
                + "scripts/test.sh installs it): \(reason)"
        }
    }

    /// The schema violations of `sarif`, one per line; empty when it is valid. Throws when the
    /// validator cannot run.
    static func violations(of sarif: String) throws -> [String] {
        if let unavailable { throw ValidatorUnavailable(reason: unavailable) }
        let document = FileManager.default.temporaryDirectory.appendingPathComponent("territory-\(UUID().uuidString).sarif")
        try Data(sarif.utf8).write(to: document)
        defer { try? FileManager.default.removeItem(at: document) }
        let result = try run(["-c", script, file.path, document.path])
        let lines = result.output.split(separator: "\n").map(String.init)
        if result.status != 0, lines.isEmpty { return ["validator exited \(result.status) without output"] }
        return lines
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
