/// Something the reader noticed in the plan that a person should know: an entry it could not
/// resolve, a duplicate agent, a label with no paths. Never fatal.
public struct PlanDiagnostic: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable { case error, warning, note }

    /// A stable id (`unresolvable-entry`, `duplicate-agent`, …) so scripts can filter.
    public var code: String
    public var severity: Severity
    public var message: String
    public var location: SourceLocation

    public init(code: String, severity: Severity, message: String, location: SourceLocation) {
        self.code = code
        self.severity = severity
        self.message = message
        self.location = location
    }
}
