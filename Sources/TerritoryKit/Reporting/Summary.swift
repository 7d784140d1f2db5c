/// Counts of findings by severity.
public struct Summary: Sendable, Hashable, Codable {
    public var errors: Int
    public var warnings: Int
    public var notes: Int

    public init(_ findings: [Finding]) {
        errors = findings.count { $0.severity == .error }
        warnings = findings.count { $0.severity == .warning }
        notes = findings.count { $0.severity == .note }
    }
}
