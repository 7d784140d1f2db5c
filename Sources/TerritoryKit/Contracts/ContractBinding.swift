/// How a code block binds: `require` in its info string (or a territory block's `require:` naming
/// its file), and how strictly declarations must match.
public struct ContractBinding: Sendable, Hashable {
    public enum Match: String, Sendable, Hashable, CaseIterable {
        /// The declaration exists (same container and name).
        case name
        /// …with the same parameter names in order (types ignored); the default.
        case params
        /// …with the same text, whitespace removed.
        case exact
    }

    public var match: Match
    /// True when written in the info string; false when implied by the territory block.
    public var explicit: Bool

    public init(match: Match = .params, explicit: Bool = true) {
        self.match = match
        self.explicit = explicit
    }
}
