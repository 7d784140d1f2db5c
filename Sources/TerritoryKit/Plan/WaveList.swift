/// Reads the waves written after a `Wave` label or heading: `1`, `1, 3`, `3-4`, `2 & 3`,
/// `1 and 2`. Reading stops at the first word that is not part of the list, so
/// `1: Foundation (3 agents)` gives `[1]`.
enum WaveList {
    /// Longest range expanded; anything wider is a typo, not a plan.
    static let maximumRange = 64

    static func parse(_ text: some StringProtocol) -> [Int] {
        var waves: [Int] = []
        var rest = Substring(text).trimmingLeadingSpaces
        while let first = number(&rest) {
            var last = first
            let beforeDash = rest
            rest = rest.trimmingLeadingSpaces
            if let dash = rest.first, dash == "-" || dash == "–" || dash == "—" {
                rest = rest.dropFirst().trimmingLeadingSpaces
                if let end = number(&rest) { last = end } else { rest = beforeDash }
            }
            let low = min(first, last)
            let high = min(max(first, last), low + maximumRange)
            waves.append(contentsOf: low...high)
            rest = rest.trimmingLeadingSpaces
            if let joiner = rest.first, joiner == "," || joiner == "&" || joiner == "/" {
                rest = rest.dropFirst().trimmingLeadingSpaces
            } else if rest.lowercased().hasPrefix("and ") {
                rest = rest.dropFirst(4).trimmingLeadingSpaces
            } else {
                break
            }
        }
        return Array(Set(waves)).sorted()
    }

    /// Consumes up to four ASCII digits (wave numbers are small; this also rules out overflow).
    private static func number(_ text: inout Substring) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...4).contains(digits.count), let value = Int(digits) else { return nil }
        text = text.dropFirst(digits.count)
        return value
    }
}
