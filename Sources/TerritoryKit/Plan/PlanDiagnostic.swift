/// Something the reader noticed in the plan that a person should know: an entry it could not
/// resolve, a duplicate agent, a label with no paths.
///
/// Reading never stops on one, but an error is fatal to enforcement (`isFatal`): the reader was
/// not sure what the plan grants, so judging changes with it would guess.
public struct PlanDiagnostic: Sendable, Hashable, Codable {
    /// `error`: the plan cannot judge changes (see `Plan.enforcementProblems`); `lint` reports
    /// it as an error. `warning` and `note`: reported, never blocking on their own.
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

    /// True for an error: enforcement must stop (exit 2) rather than judge with this plan.
    public var isFatal: Bool { severity == .error }
}
