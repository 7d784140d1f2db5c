import Foundation

/// The first line that says what an agent does, read from its section of the plan: a line of
/// prose, or a field such as `**Role**: builds the REST API`. Fields territory reads for itself
/// (Branch, Wave, ID), lists, tables, code and headings are skipped; reading stops at the next
/// heading of the agent's level or above.
enum AgentSummary {
    /// Field labels whose value describes the agent's work.
    static let describingFields: Set<String> = [
        "role", "responsibility", "responsibilities", "description", "task", "tasks", "focus", "purpose", "goal",
        "objective", "mission", "summary", "scope",
    ]

    /// `text` is the plan file holding the agent's heading, at 1-based `line`.
    static func firstLine(in text: String, headingLine line: Int) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard line >= 1, line <= lines.count else { return nil }
        let level = headingLevel(lines[line - 1]) ?? 6
        var inFence = false
        for raw in lines[line...] {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence || trimmed.isEmpty { continue }
            if let heading = headingLevel(trimmed) {
                if heading <= level { return nil }
                continue
            }
            if let field = field(trimmed) {
                if describingFields.contains(field.label), !field.value.isEmpty { return clean(field.value) }
                continue
            }
            if "-*+|>".contains(trimmed.first!) || trimmed.first!.isNumber || trimmed.hasPrefix("<") { continue }
            return clean(trimmed)
        }
        return nil
    }

    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard hashes > 0, hashes <= 6, line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    /// `**Role**: text` or `**Role:** text`, as a lower-cased label and its value.
    private static func field(_ line: String) -> (label: String, value: String)? {
        guard line.hasPrefix("**"), let close = line.dropFirst(2).range(of: "**") else { return nil }
        let label = line[line.index(line.startIndex, offsetBy: 2)..<close.lowerBound]
        var value = line[close.upperBound...]
        if value.hasPrefix(":") { value = value.dropFirst() }
        guard label.hasSuffix(":") || line[close.upperBound...].hasPrefix(":") else { return nil }
        let name = label.trimmingCharacters(in: [":", " "]).lowercased()
        return (name, value.trimmingCharacters(in: .whitespaces))
    }

    /// Markdown emphasis and code marks dropped, at most 200 characters.
    private static func clean(_ text: String) -> String {
        let plain = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
        guard plain.count > 200 else { return plain }
        return String(plain.prefix(199)) + "…"
    }
}
