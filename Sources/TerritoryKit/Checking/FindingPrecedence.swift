/// One finding per path and agent: when several rules speak about the same path of the same
/// agent's change, the strongest says it and the others stay quiet. A report of three findings
/// on one file reads as three problems; it is one.
///
/// Strongest first: an edit of the plan (`plan-modified` beats `contract-frozen`), a path a
/// contract freezes (the most specific thing the plan says about it), the plan's entries for the
/// agent and other agents' territories, then the other contract rules, and the plan gap last (a
/// territory finding beats `contract-import` on the same path).
public enum FindingPrecedence {
    public static let order = [
        "plan-modified", "contract-frozen", "read-only-path", "outside-territory", "shared-rule",
        "contract-append-only", "contract-signature", "contract-import", "unowned-path",
    ]

    /// `findings` with, for each (agent, path) that several ranked rules name, only the strongest;
    /// findings of other rules and plan-level findings pass untouched, in their order.
    public static func strongest(_ findings: [Finding]) -> [Finding] {
        var best: [String: Int] = [:]
        for finding in findings {
            guard let rank = order.firstIndex(of: finding.rule) else { continue }
            let key = (finding.agent ?? "") + "\u{0}" + finding.path + "\u{0}" + (finding.commit ?? "")
            best[key] = min(best[key] ?? rank, rank)
        }
        var kept = Set<String>()
        return findings.filter { finding in
            guard let rank = order.firstIndex(of: finding.rule) else { return true }
            let key = (finding.agent ?? "") + "\u{0}" + finding.path + "\u{0}" + (finding.commit ?? "")
            return rank == best[key] && kept.insert(key).inserted
        }
    }
}
