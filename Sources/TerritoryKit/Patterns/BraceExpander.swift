/// Expands `{a,b}` alternation (nested, anywhere in a pattern) into brace-free byte strings.
///
/// Braces without a comma are placeholders (`{id}`, `{name}`) that a plan author forgot to fill
/// in; they are errors rather than literal text so they can never silently match nothing.
enum BraceExpander {
    static func expand(_ bytes: [UInt8], pattern: String) throws(PatternError) -> [[UInt8]] {
        let result = try expand(bytes[...], pattern: pattern)
        return result
    }

    private static let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), comma = UInt8(ascii: ",")

    private static func expand(_ bytes: ArraySlice<UInt8>, pattern: String) throws(PatternError) -> [[UInt8]] {
        guard let openIndex = bytes.firstIndex(where: { $0 == open || $0 == close }) else {
            return [Array(bytes)]
        }
        guard bytes[openIndex] == open else { throw unbalanced(pattern) }
        var depth = 0
        var closeIndex: Int?
        var commas: [Int] = []
        for index in openIndex..<bytes.endIndex {
            switch bytes[index] {
            case open: depth += 1
            case close: depth -= 1
            case comma where depth == 1: commas.append(index)
            default: break
            }
            if depth == 0 { closeIndex = index; break }
        }
        guard let closeIndex else { throw unbalanced(pattern) }
        if commas.isEmpty {
            let name = String(decoding: bytes[openIndex...closeIndex], as: UTF8.self)
            throw PatternError(
                kind: .placeholder, pattern: pattern,
                message: "'\(name)' is a placeholder, not a path; write the actual name, or list choices as {a,b}")
        }
        let prefix = bytes[bytes.startIndex..<openIndex]
        let bounds = [openIndex] + commas + [closeIndex]
        var choices: [[UInt8]] = []
        for (start, end) in zip(bounds, bounds.dropFirst()) {
            choices += try expand(bytes[(start + 1)..<end], pattern: pattern)
        }
        let suffixes = try expand(bytes[(closeIndex + 1)...], pattern: pattern)
        guard choices.count * suffixes.count <= PatternCompiler.maximumAlternatives else {
            throw PatternError(
                kind: .unbalancedBrace, pattern: pattern,
                message: "braces expand to more than \(PatternCompiler.maximumAlternatives) alternatives; split the pattern into several")
        }
        var result: [[UInt8]] = []
        result.reserveCapacity(choices.count * suffixes.count)
        for choice in choices {
            for suffix in suffixes { result.append(Array(prefix) + choice + suffix) }
        }
        return result
    }

    private static func unbalanced(_ pattern: String) -> PatternError {
        PatternError(
            kind: .unbalancedBrace, pattern: pattern,
            message: "a '{' or '}' has no partner; write alternatives as {a,b} with both braces")
    }
}
