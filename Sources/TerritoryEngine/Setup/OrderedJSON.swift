/// A JSON value that keeps what a person wrote: object keys in their order, numbers as their
/// text. `.claude/settings.json` is a file people edit and commit; merging territory's guard into
/// it must change only what it adds, so Foundation's `JSONSerialization` (unordered keys, numbers
/// re-spelled) will not do.
indirect enum OrderedJSON: Equatable {
    case object([(key: String, value: OrderedJSON)])
    case array([OrderedJSON])
    case string(String)
    /// The number exactly as written (`1.50`, `1e3`).
    case number(String)
    case bool(Bool)
    case null

    static func == (lhs: OrderedJSON, rhs: OrderedJSON) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let a), .array(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        default: false
        }
    }

    /// The value of `key` in an object (nil for anything else or a missing key).
    subscript(key: String) -> OrderedJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// This object with `key` set to `value`: replaced where it was, else appended.
    func setting(_ key: String, _ value: OrderedJSON) -> OrderedJSON {
        guard case .object(var members) = self else { return self }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.append((key, value))
        }
        return .object(members)
    }

    /// Two-space indentation, `"key": value`, one member or element per line, and a final
    /// newline: what Claude Code writes itself (`JSON.stringify(value, null, 2)`).
    var text: String { render(indent: "") + "\n" }

    private func render(indent: String) -> String {
        let inner = indent + "  "
        switch self {
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            let lines = members.map { inner + Self.quoted($0.key) + ": " + $0.value.render(indent: inner) }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
        case .array(let elements):
            guard !elements.isEmpty else { return "[]" }
            return "[\n" + elements.map { inner + $0.render(indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .string(let value): return Self.quoted(value)
        case .number(let text): return text
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters (DEL too) escaped,
    /// nothing else. It is also a YAML double-quoted scalar, which is how the subagent
    /// frontmatter uses it: no value can be read as another type or break the line structure.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// Why a text is not JSON, with the 1-based line where reading stopped.
struct OrderedJSONError: Error, CustomStringConvertible {
    var message: String
    var line: Int
    var description: String { "\(message) (line \(line))" }
}

extension OrderedJSON {
    /// Parses a whole JSON text (RFC 8259: no comments, no trailing commas).
    init(parsing text: String) throws(OrderedJSONError) {
        var reader = OrderedJSONReader(Array(text.unicodeScalars))
        self = try reader.document()
    }
}

/// A recursive-descent reader over the text's Unicode scalars.
private struct OrderedJSONReader {
    let scalars: [Unicode.Scalar]
    var position = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    mutating func document() throws(OrderedJSONError) -> OrderedJSON {
        let value = try self.value()
        skipSpace()
        guard position == scalars.count else { throw fail("unexpected text after the JSON value") }
        return value
    }

    private mutating func value() throws(OrderedJSONError) -> OrderedJSON {
        skipSpace()
        guard position < scalars.count else { throw fail("the text ends where a value should be") }
        switch scalars[position] {
        case "{": return try object()
        case "[": return try array()
        case "\"": return .string(try string())
        case "t": try literal("true"); return .bool(true)
        case "f": try literal("false"); return .bool(false)
        case "n": try literal("null"); return .null
        case "-", "0"..."9": return .number(try number())
        default: throw fail("unexpected character `\(scalars[position])`")
        }
    }

    private mutating func object() throws(OrderedJSONError) -> OrderedJSON {
        position += 1
        var members: [(key: String, value: OrderedJSON)] = []
        skipSpace()
        if peek("}") { position += 1; return .object(members) }
        while true {
            skipSpace()
            guard peek("\"") else { throw fail("expected a key in quotes") }
            let key = try string()
            skipSpace()
            guard peek(":") else { throw fail("expected `:` after the key \"\(key)\"") }
            position += 1
            members.append((key, try value()))
            skipSpace()
            if peek(",") { position += 1; continue }
            if peek("}") { position += 1; return .object(members) }
            throw fail("expected `,` or `}` in an object")
        }
    }

    private mutating func array() throws(OrderedJSONError) -> OrderedJSON {
        position += 1
        var elements: [OrderedJSON] = []
        skipSpace()
        if peek("]") { position += 1; return .array(elements) }
        while true {
            elements.append(try value())
            skipSpace()
            if peek(",") { position += 1; continue }
            if peek("]") { position += 1; return .array(elements) }
            throw fail("expected `,` or `]` in an array")
        }
    }

    private mutating func string() throws(OrderedJSONError) -> String {
        position += 1
        var result = String.UnicodeScalarView()
        while position < scalars.count {
            let scalar = scalars[position]
            position += 1
            switch scalar {
            case "\"": return String(result)
            case "\\":
                guard position < scalars.count else { break }
                let escape = scalars[position]
                position += 1
                switch escape {
                case "\"", "\\", "/": result.append(escape)
                case "b": result.append("\u{8}")
                case "f": result.append("\u{c}")
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                case "u":
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code), peek("\\"), position + 1 < scalars.count, scalars[position + 1] == "u" {
                        position += 2
                        let low = try hex4()
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let decoded = Unicode.Scalar(code) else { throw fail("invalid \\u escape") }
                    result.append(decoded)
                default: throw fail("invalid escape `\\\(escape)`")
                }
            case _ where scalar.value < 0x20: throw fail("a control character inside a string")
            default: result.append(scalar)
            }
        }
        throw fail("a string is not closed")
    }

    private mutating func hex4() throws(OrderedJSONError) -> UInt32 {
        guard position + 4 <= scalars.count,
              let code = UInt32(String(String.UnicodeScalarView(scalars[position..<position + 4])), radix: 16)
        else { throw fail("invalid \\u escape") }
        position += 4
        return code
    }

    private mutating func number() throws(OrderedJSONError) -> String {
        let start = position
        let allowed: Set<Unicode.Scalar> = ["-", "+", ".", "e", "E", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
        while position < scalars.count, allowed.contains(scalars[position]) { position += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<position]))
        guard Double(text) != nil, !text.hasPrefix("+"), !text.hasSuffix(".") else { throw fail("invalid number `\(text)`") }
        return text
    }

    private mutating func literal(_ word: String) throws(OrderedJSONError) {
        let expected = Array(word.unicodeScalars)
        guard position + expected.count <= scalars.count, Array(scalars[position..<position + expected.count]) == expected else {
            throw fail("unexpected word, expected `\(word)`")
        }
        position += expected.count
    }

    private func peek(_ scalar: Unicode.Scalar) -> Bool { position < scalars.count && scalars[position] == scalar }

    private mutating func skipSpace() {
        while position < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[position]) { position += 1 }
    }

    private func fail(_ message: String) -> OrderedJSONError {
        OrderedJSONError(message: message, line: scalars[..<min(position, scalars.count)].count { $0 == "\n" } + 1)
    }
}
