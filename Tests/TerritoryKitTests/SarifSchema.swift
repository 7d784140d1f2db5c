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

    /// True when `python3` can import `jsonschema`; tests that need it are skipped otherwise.
    static let isAvailable: Bool = (try? run(["-c", "import jsonschema"]))?.status == 0

    /// The schema violations of `sarif`, one per line; empty when it is valid.
    static func violations(of sarif: String) throws -> [String] {
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
