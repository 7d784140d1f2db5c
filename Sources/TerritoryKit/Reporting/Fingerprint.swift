/// A stable identity for a finding across runs, for SARIF `partialFingerprints`.
///
/// Code scanning matches results between uploads by fingerprint. Ours hashes only what makes a
/// finding the same problem — the rule, the agent and the path — and never the message or a plan
/// line number, so rewording a message or moving an entry in the plan does not close one alert
/// and open another. The hash is 64-bit FNV-1a: tiny, dependency-free and identical on every
/// platform, which is all a fingerprint needs (it is not a security boundary).
enum Fingerprint {
    /// The `partialFingerprints` key; bump the version if the hashed fields ever change.
    static let key = "territory/v1"

    static func of(_ finding: Finding) -> String {
        // NUL separates the fields so that ("a", "bc") and ("ab", "c") cannot collide.
        hex(fnv1a64([finding.rule, finding.agent ?? "", finding.path].joined(separator: "\u{0}")))
    }

    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Sixteen lowercase hex digits, zero-padded, so every fingerprint has the same shape.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
