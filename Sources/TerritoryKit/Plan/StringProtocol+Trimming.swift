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
        // Compares UTF-8 bytes in place: `Array(self)` per call, and later the generic
        // `ranges(of:)` (which builds a search table), made label matching the reader's hottest
        // path, since every label and heading is matched against the whole vocabulary.
        let text = utf8
        let wanted = phrase.utf8
        guard let first = wanted.first, text.count >= wanted.count else { return false }
        var from = text.startIndex
        while let found = text[from...].firstIndex(of: first) {
            if text[found...].starts(with: wanted) {
                let end = text.index(found, offsetBy: wanted.count)
                // `found` and `end` are scalar boundaries: `phrase` is valid UTF-8.
                let scalars = unicodeScalars
                let before = found > scalars.startIndex && Self.isWordScalar(scalars[scalars.index(before: found)])
                let after = !prefix && end < scalars.endIndex && Self.isWordScalar(scalars[end])
                if !before && !after { return true }
            }
            from = text.index(after: found)
        }
        return false
    }

    /// True when `phrase` occurs anywhere in `self`, compared as UTF-8 bytes. Foundation's
    /// `contains(_:)` would win overload resolution otherwise, and it goes through NSString.
    func containsText(_ phrase: String) -> Bool {
        let text = utf8
        let wanted = phrase.utf8
        guard let first = wanted.first else { return true }
        var from = text.startIndex
        while let found = text[from...].firstIndex(of: first) {
            if text[found...].starts(with: wanted) { return true }
            from = text.index(after: found)
        }
        return false
    }

    /// True when some byte of the UTF-8 text is one of `bytes` (ASCII).
    func containsByte(_ bytes: StaticString) -> Bool {
        bytes.withUTF8Buffer { wanted in utf8.contains(where: wanted.contains) }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
