import Foundation

/// Writes the guard's verdict in the protocol of the tool that asked.
struct GuardAnswer {
    enum Dialect { case claudeCode, plain }

    let dialect: Dialect

    /// Claude Code: a PreToolUse `deny` decision on standard output and exit 0 (the agent sees
    /// the reason); allowed edits print nothing. Plain: the reason on standard error and exit 1.
    func write(_ verdict: GuardVerdict) -> Int32 {
        switch (verdict, dialect) {
        case (.allow(let note), _):
            if let note { FileOutput.standardError("territory guard: \(note)\n") }
            return ExitStatus.clean
        case (.deny(let reason), .claudeCode):
            let answer: [String: Any] = ["hookSpecificOutput": [
                "hookEventName": "PreToolUse", "permissionDecision": "deny", "permissionDecisionReason": reason,
            ]]
            FileOutput.standardOutput(JSONSerialization.compact(answer))
            return ExitStatus.clean
        case (.deny(let reason), .plain):
            FileOutput.standardError(reason + "\n")
            return ExitStatus.blocked
        }
    }
}

extension JSONSerialization {
    /// One line of JSON with sorted keys, for protocols that read a single object.
    static func compact(_ object: Any) -> String {
        guard let data = try? data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
