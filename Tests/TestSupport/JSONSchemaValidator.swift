import Foundation

/// Validates JSON text against a JSON Schema file with Python's `jsonschema` (the draft the
/// schema's `$schema` names: 2020-12 for territory's own schemas in docs/schema/). The schema
/// itself is checked first, so a broken schema fails instead of passing everything.
/// `scripts/test.sh` installs the module; without it the tests that need it fail, never skip.
public enum JSONSchemaValidator {
    private static let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        document = json.load(open(sys.argv[2], encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        errors = sorted(cls(schema).iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors:
            print("/".join(str(p) for p in error.absolute_path) or "(root)", ":", error.message)
        sys.exit(1 if errors else 0)
        """

    /// The violations of `document` against the schema at `schema`, one per line; empty when it
    /// is valid. Throws when the validator cannot run.
    public static func violations(of document: String, schema: URL) throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("territory-\(UUID().uuidString).json")
        try Data(document.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", script, schema.path, file.path], in: FileManager.default.temporaryDirectory)
        if result.status != 0, result.stdout.isEmpty {
            throw TestFailure("the JSON schema validator could not run (python3 with jsonschema; scripts/test.sh installs it): \(result.stderr)")
        }
        return result.stdout.split(separator: "\n").map(String.init)
    }
}
