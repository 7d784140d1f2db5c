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
