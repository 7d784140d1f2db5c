/// One header value of a contract (`**Status**: ✅ Approved`) and the line it was written on.
public struct ContractField: Sendable, Hashable {
    public var value: String
    public var location: SourceLocation

    public init(value: String, location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// `v2` from `[APPROVED - v2]` (any case), or nil.
    static func approvedTag(in text: String) -> String? {
        let lower = text.lowercased()
        guard let open = lower.range(of: "[approved") else { return nil }
        guard let close = lower[open.upperBound...].firstIndex(of: "]") else { return nil }
        let inside = lower[open.upperBound..<close].trimming { " -–:".contains($0) }
        return inside.isEmpty ? nil : inside
    }

    /// A name reduced for comparison: lower case, parentheticals dropped, spaces and
    /// underscores as hyphens (`Storage Agent (Wave 1)` → `storage-agent`).
    static func agentKey(_ name: String) -> String {
        var result = ""
        var depth = 0
        for character in name.lowercased() {
            switch character {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case "`", "*": continue
            default:
                guard depth == 0 else { continue }
                result.append(character == " " || character == "_" ? "-" : character)
            }
        }
        return result.trimming { $0 == "-" }
    }
}
