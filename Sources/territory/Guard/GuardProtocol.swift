import ArgumentParser
import Foundation
import TerritoryEngine

/// One agent tool's pre-tool hook protocol: how its request on standard input reads, and how a
/// verdict is said back. Each protocol is one file beside this one.
protocol GuardProtocol {
    /// Parses the hook's standard input. Malformed input is an error (exit 2), never a guess.
    static func request(_ input: Data) throws -> GuardRequest
    /// Says the verdict in the protocol; returns the exit status.
    static func answer(_ verdict: GuardVerdict) -> Int32
}

/// `--protocol`: which tool's hook format the guard speaks.
enum GuardProtocolName: String, CaseIterable, ExpressibleByArgument {
    case claude, codex, gemini, cursor

    var implementation: any GuardProtocol.Type {
        switch self {
        case .claude: ClaudeCodeHook.self
        case .codex: CodexHook.self
        case .gemini: GeminiHook.self
        case .cursor: CursorHook.self
        }
    }
}

extension UnseenWritePolicy: ExpressibleByArgument {}

/// Reading and writing the JSON all four protocols use.
enum HookJSON {
    static func object(_ input: Data, protocol name: String) throws -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: input) as? [String: Any] else {
            throw UserError("the guard's standard input is not a JSON object",
                            hint: "wire `territory guard --protocol \(name)` as the tool's pre-tool hook, or pass the path with --path P")
        }
        return object
    }

    /// The request most protocols send: `tool_name`, `tool_input` and `cwd` at the top level.
    static func request(_ object: [String: Any]) -> GuardRequest {
        GuardRequest(toolName: object["tool_name"] as? String ?? "", input: object["tool_input"] as? [String: Any] ?? [:],
                     workingDirectory: object["cwd"] as? String)
    }

    /// Prints `answer` on standard output and returns 0. When it cannot be delivered and it
    /// refuses something, the refusal goes to standard error with exit 2, which every supported
    /// tool treats as "block": a refusal is never lost.
    static func deliver(_ answer: [String: Any], refusing reason: String?) -> Int32 {
        let data = (try? JSONSerialization.data(withJSONObject: answer, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        if !data.isEmpty, FileOutput.standardOutput(String(decoding: data, as: UTF8.self) + "\n") { return ExitStatus.clean }
        guard let reason else { return ExitStatus.clean }
        FileOutput.standardError(reason + "\n(territory could not write its answer to standard output, so it blocks by exit status)\n")
        return ExitStatus.couldNotCheck
    }

    /// An allowed write's note, for the person reading the hook's log.
    static func note(_ verdict: GuardVerdict) {
        if case .allow(let note?) = verdict { FileOutput.standardError("territory guard: \(note)\n") }
    }
}
