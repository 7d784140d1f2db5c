/// One compiled territory pattern (see DESIGN.md §3): anchored at the repository root, matching a
/// path when it matches the path itself or any of its leading directories.
///
/// `matches` answers for one path; it serves lint and tests. To match many paths against many
/// patterns use `PatternSet`, which buckets patterns by strategy first.
public struct Glob: Sendable, Hashable {
    /// The pattern as given.
    public let pattern: String
    /// All brace alternatives; any one matching is a match.
    let program: PatternProgram
    let alternatives: [GlobAlternative]

    public init(_ pattern: String) throws(PatternError) {
        self.pattern = pattern
        alternatives = try PatternCompiler.compile(pattern)
        var program = PatternProgram()
        for alternative in alternatives { program.append(alternative, index: 0) }
        self.program = program
    }

    public func matches(_ path: String) -> Bool {
        PathView.with(path) { view in
            program.withView { program in
                program.globs.contains { PatternMatcher.matches($0, program, view) }
            }
        }
    }

    /// No wildcard and no braces: the pattern names a path or a folder prefix.
    public var isLiteral: Bool {
        !pattern.utf8.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "{") }
    }

    // The compiled form is a function of the text, so the text alone decides equality.
    public static func == (lhs: Glob, rhs: Glob) -> Bool { lhs.pattern == rhs.pattern }
    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }
}
