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
        guard !phrase.isEmpty else { return false }
        // Searches the text in place: building `Array(self)` per call made label matching the
        // reader's hottest path, since every label is matched against the whole vocabulary.
        for range in self.ranges(of: phrase) {
            let boundaryBefore = range.lowerBound == startIndex
                || !Self.isWordCharacter(self[index(before: range.lowerBound)])
            let boundaryAfter = prefix || range.upperBound == endIndex || !Self.isWordCharacter(self[range.upperBound])
            if boundaryBefore && boundaryAfter { return true }
        }
        return false
    }

    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }
}
