/// One fenced code block of a contract: its language, text, the file it describes and whether it
/// binds. Unbound blocks are examples: they never block a commit.
public struct ContractBlock: Sendable, Hashable {
    /// The first word of the info string (`python`), lower-cased; empty when none.
    public var language: String
    public var info: String
    /// The line of the opening fence.
    public var location: SourceLocation
    public var text: String
    /// `file=` of the info string, else the nearest preceding anchor in the same section.
    public var file: String?
    public var binding: ContractBinding?

    public init(
        language: String, info: String, location: SourceLocation, text: String,
        file: String? = nil, binding: ContractBinding? = nil
    ) {
        self.language = language
        self.info = info
        self.location = location
        self.text = text
        self.file = file
        self.binding = binding
    }

    /// The language to extract declarations with: the info string's, else the anchor's extension.
    public var sourceLanguage: SourceLanguage? {
        SourceLanguage(infoWord: language) ?? file.flatMap(SourceLanguage.init(path:))
    }
}
