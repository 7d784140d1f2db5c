/// A deliberately naive reference for the dialect, independent of the engine: strings instead of
/// bytes, brace expansion by string, recursive backtracking over segments and characters, no
/// buckets, no normalisation tricks. Valid patterns only (the generators make no invalid ones).
struct PatternReference {
    /// Brace alternatives, each as segments plus "a trailing slash was written".
    let alternatives: [(segments: [[Unicode.Scalar]], directoryOnly: Bool)]

    init(_ pattern: String) {
        var body = pattern
        while body.hasPrefix("./") { body.removeFirst(2) }
        if body.hasPrefix("/") { body.removeFirst() }
        alternatives = Self.expand(body).map { alternative in
            var text = alternative
            let directoryOnly = text.hasSuffix("/")
            if directoryOnly { text.removeLast() }
            let segments = text.split(separator: "/", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
            return (segments, directoryOnly)
        }
    }

    static func expand(_ text: String) -> [String] {
        let chars = Array(text)
        guard let open = chars.firstIndex(of: "{") else { return [text] }
        var depth = 0, close = open, parts: [String] = [], current = ""
        for index in open..<chars.count {
            let char = chars[index]
            if char == "{" { depth += 1; if depth == 1 { continue } }
            if char == "}" { depth -= 1; if depth == 0 { close = index; break } }
            if char == "," && depth == 1 { parts.append(current); current = ""; continue }
            current.append(char)
        }
        parts.append(current)
        let prefix = String(chars[..<open]), rest = String(chars[(close + 1)...])
        return parts.flatMap { part in expand(prefix + part + rest) }
    }

    /// The path, or any of its leading directories, matches one alternative.
    func matches(_ path: String) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        return matches(segments: segments)
    }

    func matches(segments path: [[Unicode.Scalar]]) -> Bool {
        guard !path.isEmpty, path != [[]] else { return false }
        for alternative in alternatives {
            let longest = alternative.directoryOnly ? path.count - 1 : path.count
            if longest < 0 { continue }
            for length in 0...longest where Self.match(alternative.segments, 0, Array(path[..<length]), 0) {
                return true
            }
        }
        return false
    }

    /// `**` matches zero or more segments, except as the last segment, where (as in git) it
    /// needs at least one.
    static func match(_ pattern: [[Unicode.Scalar]], _ p: Int, _ path: [[Unicode.Scalar]], _ s: Int) -> Bool {
        if p == pattern.count { return s == path.count }
        if pattern[p] == ["*", "*"] {
            let least = p == pattern.count - 1 ? 1 : 0
            var skip = least
            while s + skip <= path.count {
                if match(pattern, p + 1, path, s + skip) { return true }
                skip += 1
            }
            return false
        }
        return s < path.count && matchSegment(pattern[p], 0, path[s], 0) && match(pattern, p + 1, path, s + 1)
    }

    static func matchSegment(_ pattern: [Unicode.Scalar], _ p: Int, _ text: [Unicode.Scalar], _ t: Int) -> Bool {
        if p == pattern.count { return t == text.count }
        switch pattern[p] {
        case "*":
            for start in t...text.count where matchSegment(pattern, p + 1, text, start) { return true }
            return false
        case "?":
            return t < text.count && matchSegment(pattern, p + 1, text, t + 1)
        default:
            return t < text.count && text[t] == pattern[p] && matchSegment(pattern, p + 1, text, t + 1)
        }
    }
}
