import TerritoryKit

/// The warning for a plan read from the change itself because the base has none yet.
enum PlanUntrusted {
    static let rule = "plan-untrusted"

    static func finding(plan: Plan, base: String) -> Finding {
        Finding(
            rule: rule, severity: .warning, agent: nil, path: plan.file,
            message: "\(base) has no plan yet, so the plan was read from the branch being checked; a branch can widen its own territory this way",
            plan: SourceLocation(file: plan.file, line: 1),
            hint: "merge the plan into \(base) first, so that later checks read it from there")
    }
}
