/// `territory who`: for each path, every agent the plan relates to it and the deciding line.
///
/// Paths, ids and patterns are shown through `TerminalStyle.escaped`, so a path with a newline
/// or an escape sequence in it cannot forge an answer.
public struct WhoTextWriter: Sendable {
    public let style: TerminalStyle

    public init(style: TerminalStyle = .plain) { self.style = style }

    public func render(_ answers: [(path: String, ownership: Ownership)]) -> String {
        var lines: [String] = []
        for (path, ownership) in answers {
            lines.append(style.bold(TerminalStyle.escaped(path)))
            let all = Access.allCases.flatMap(ownership.list)
            for match in all {
                let access = match.entry.access.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
                let source = TerminalStyle.escaped("\(match.entry.location)  `\(match.entry.pattern)`")
                lines.append("  \(access) \(TerminalStyle.escaped(match.agentID))  " + style.dim(source))
            }
            if ownership.writers.isEmpty { lines.append("  " + style.severity(.warning, "no agent owns this path")) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
