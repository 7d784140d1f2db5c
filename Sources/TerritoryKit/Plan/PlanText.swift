/// Decides whether the bytes of a plan file are text territory can read: UTF-8, without NUL
/// bytes. A plan that is not is a reason to stop (exit 2), never something to read leniently:
/// decoding with replacement characters could turn `src/ü/` into a different path, and a
/// UTF-16 file would read as no agents at all.
public enum PlanText {
    /// The UTF-8 byte-order mark some editors write at the start of a file.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The plan's text without a leading byte-order mark, or an error naming the file, the
    /// line and what to do.
    public static func decode(_ bytes: [UInt8], file: String) throws(PlanTextError) -> String {
        var body = bytes[...]
        if body.starts(with: byteOrderMark) { body = body.dropFirst(byteOrderMark.count) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            throw PlanTextError(file: file, line: 1, message: "\(file) is UTF-16 text, not UTF-8; save the plan as UTF-8")
        }
        if let nul = body.firstIndex(of: 0) {
            throw PlanTextError(
                file: file, line: line(of: nul, in: bytes),
                message: "\(file) contains a NUL byte at line \(line(of: nul, in: bytes)), so it is binary, not a plan; "
                    + "remove the byte or point --plan at the markdown file")
        }
        if let text = String(validating: body, as: UTF8.self) { return text }
        let bad = firstInvalidOffset(body)
        let byte = String(bytes[bad], radix: 16, uppercase: true)
        throw PlanTextError(
            file: file, line: line(of: bad, in: bytes),
            message: "\(file) is not UTF-8 text: byte 0x\(byte.count == 1 ? "0" + byte : byte) at line \(line(of: bad, in: bytes)) "
                + "is not valid UTF-8; save the plan as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)")
    }

    /// Strips a leading byte-order mark from text that was decoded elsewhere.
    static func droppingByteOrderMark(_ text: String) -> Substring {
        text.unicodeScalars.first == "\u{FEFF}" ? Substring(text.unicodeScalars.dropFirst()) : Substring(text)
    }

    /// The offset (into the whole array) of the first byte that does not start or continue a valid
    /// UTF-8 sequence. Only called once validation has failed.
    private static func firstInvalidOffset(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = bytes.startIndex
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return bytes.endIndex - 1
            case .error: return offset
            }
        }
    }

    private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
}

/// A plan file whose bytes are not UTF-8 text. The message names the file and the line.
public struct PlanTextError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The plan file, repository-relative.
    public var file: String
    /// The 1-based line of the offending byte.
    public var line: Int
    /// What is wrong and how to fix it, naming the file.
    public var message: String

    public var description: String { message }
}
