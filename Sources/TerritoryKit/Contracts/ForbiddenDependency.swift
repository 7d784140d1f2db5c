/// A dependency a contract forbids: files matching `from` must not import files matching `to`
/// (`forbid: [src/ui/** -> src/db/**]` in the contract's territory block), whoever owns them.
public struct ForbiddenDependency: Sendable, Hashable {
    public var from: ContractPattern
    public var to: ContractPattern

    /// Parses `FROM -> TO`; nil when the arrow or a side is missing or not a valid pattern.
    static func parse(_ text: String, at location: SourceLocation) -> ForbiddenDependency? {
        let sides = text.components(separatedBy: "->").map { $0.trimming { " `\"'".contains($0) } }
        guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty,
              (try? Glob(sides[0])) != nil, (try? Glob(sides[1])) != nil else { return nil }
        return ForbiddenDependency(from: ContractPattern(pattern: sides[0], location: location),
                                   to: ContractPattern(pattern: sides[1], location: location))
    }
}
