/// A `**File:** \`src/x.py\`` line: the file the code blocks after it describe.
public struct ContractAnchor: Sendable, Hashable {
    public var path: String
    public var location: SourceLocation

    public init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }
}
