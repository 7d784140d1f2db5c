/// Why a territory pattern could not be compiled. The message names the problem and says how to
/// write the pattern instead, because plans are written by people and models who need to fix them.
public struct PatternError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case empty, placeholder, unbalancedBrace, emptySegment, exclusionNotAllowed, invalidCharacter
    }

    public var kind: Kind
    /// The pattern as it was given.
    public var pattern: String
    /// What is wrong and how to write it instead.
    public var message: String

    public init(kind: Kind, pattern: String, message: String) {
        self.kind = kind
        self.pattern = pattern
        self.message = message
    }

    public var description: String { "pattern '\(pattern)': \(message)" }
}
