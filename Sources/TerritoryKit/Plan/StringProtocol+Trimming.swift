/// Small text helpers the plan reader uses everywhere; spaces and tabs only, never newlines,
/// because the reader works one line at a time.
extension StringProtocol {
    var trimmingSpaces: String { trimming { $0 == " " || $0 == "\t" } }

    /// Drops leading and trailing characters that appear in `set`.
    func trimmingCharacters(in set: String) -> String { trimming(set.contains) }

    /// Drops leading and trailing characters that satisfy `drop`. Walks indices from both ends
    /// instead of reversing the string: plans are read on every hook run, and reversing a
    /// String character by character dominated the reader's time.
    func trimming(_ drop: (Character) -> Bool) -> String {
        var start = startIndex
        var end = endIndex
        while start < end, drop(self[start]) { start = index(after: start) }
        while end > start {
            let before = index(before: end)
            guard drop(self[before]) else { break }
            end = before
        }
        return String(self[start..<end])
    }

    var trimmingLeadingSpaces: SubSequence { drop { $0 == " " || $0 == "\t" } }

    /// True when `phrase` occurs in `self` (both already lower-cased) with no letter or digit just
    /// before it and, unless `prefix` is set, none just after it: `reads` matches "reads" but not
    /// "threads"; with `prefix`, `territor` matches "territory" and "territories".
    func containsWord(_ phrase: String, prefix: Bool = false) -> Bool {
        let chars = Array(self)
        let wanted = Array(phrase)
        guard !wanted.isEmpty, chars.count >= wanted.count else { return false }
        var start = 0
        while start + wanted.count <= chars.count {
            if chars[start] == wanted[0], chars[start..<(start + wanted.count)].elementsEqual(wanted) {
                let before = start == 0 ? nil : chars[start - 1]
                let afterIndex = start + wanted.count
                let after = afterIndex < chars.count ? chars[afterIndex] : nil
                let boundaryBefore = before.map { !$0.isLetter && !$0.isNumber } ?? true
                let boundaryAfter = prefix || (after.map { !$0.isLetter && !$0.isNumber } ?? true)
                if boundaryBefore && boundaryAfter { return true }
            }
            start += 1
        }
        return false
    }
}
