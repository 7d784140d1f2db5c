/// Splits a markdown line into its bold-labelled fields: `**Version**: 1 · **Status:** Draft`
/// gives `[("version", "1"), ("status", "Draft")]`. Also accepts a bare `File:` line, which some
/// plans use for anchors.
enum ContractHeaderLine {
    static func fields(in line: String) -> [(label: String, value: String)] {
        var text = Substring(line)
        if text.hasPrefix("- ") || text.hasPrefix("* ") { text = text.dropFirst(2) }
        if text.hasPrefix("File:") { return [("file", String(text.dropFirst(5)).trimmingSpaces)] }
        var labels: [(label: String, start: String.Index, valueStart: String.Index)] = []
        var search = text.startIndex
        while let open = text[search...].range(of: "**") {
            guard let close = text[open.upperBound...].range(of: "**") else { break }
            let inner = text[open.upperBound..<close.lowerBound]
            if inner.hasSuffix(":") {
                labels.append((String(inner.dropLast()), open.lowerBound, close.upperBound))
            } else if text[close.upperBound...].hasPrefix(":") {
                labels.append((String(inner), open.lowerBound, text.index(after: close.upperBound)))
            }
            search = close.upperBound
        }
        var result: [(label: String, value: String)] = []
        for (index, label) in labels.enumerated() {
            let end = index + 1 < labels.count ? labels[index + 1].start : text.endIndex
            let value = text[label.valueStart..<end].trimming { " \t·|".contains($0) }
            result.append((label.label.trimmingSpaces.lowercased(), value))
        }
        return result
    }

    /// The first backticked span, else the first word: `` `src/a.py` OR `src/b.py` `` → `src/a.py`.
    static func path(in value: String) -> String? {
        if let open = value.firstIndex(of: "`") {
            let rest = value[value.index(after: open)...]
            if let close = rest.firstIndex(of: "`") {
                let path = rest[..<close].trimmingSpaces
                return path.isEmpty ? nil : path
            }
        }
        let word = value.split(separator: " ").first.map { String($0).trimmingCharacters(in: "*\"'") }
        guard let word, word.contains("/") || word.contains(".") else { return nil }
        return word
    }
}
