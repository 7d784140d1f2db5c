/// Every rule territory knows, in the order the checker asks them: the most specific first.
public enum RuleCatalog {
    /// Path rules in precedence order: a plan edit is reported as such, a read-only entry of the
    /// agent beats another agent's ownership, and "nobody owns it" comes last.
    public static let pathRules: [any PathRule] = [
        PlanModifiedRule(), ReadOnlyPathRule(), OutsideTerritoryRule(), UnownedPathRule(),
    ]

    /// Every documented rule: the path rules `check` applies, the wave rules of `check --wave`,
    /// then the plan rules of `lint`.
    public static var descriptions: [RuleDescription] {
        pathRules.map { type(of: $0).description } + PolicyRules.all + WaveRules.all + ContractRules.all + LintRules.all + [ContractLint.declared]
    }
}

/// What a rule is, in the four parts every rule documents (what, why, example, fix). The README
/// and `territory rules` print these, so the documentation cannot drift from the code.
public struct RuleDescription: Sendable, Hashable {
    public var id: String
    public var defaultSeverity: Severity
    public var what: String
    public var why: String
    public var example: String
    public var fix: String

    public init(id: String, defaultSeverity: Severity, what: String, why: String, example: String, fix: String) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.what = what
        self.why = why
        self.example = example
        self.fix = fix
    }
}
