/// An open fenced code block while the reader is inside it: the fence it must be closed with and
/// the info string, parsed into language and binding words.
struct ContractFence {
    var marker: Character
    var length: Int
    var line: Int
    var language: String
    var info: String

    /// A line that opens a fence (three or more backticks or tildes), else nil.
    init?(opening line: String, line number: Int) {
        guard let first = line.first, first == "`" || first == "~" else { return nil }
        let run = line.prefix { $0 == first }.count
        guard run >= 3 else { return nil }
        let info = line.dropFirst(run).trimmingSpaces
        if first == "`", info.contains("`") { return nil }
        marker = first
        length = run
        self.line = number
        self.info = info
        language = info.split(separator: " ").first.map { String($0).lowercased() } ?? ""
    }

    func closes(_ line: String) -> Bool {
        let run = line.prefix { $0 == marker }.count
        return run >= length && line.dropFirst(run).trimmingSpaces.isEmpty
    }

    /// The finished block: `file=` beats the anchor; `require` and `match=` make it bind.
    func block(text: String, anchor: String?, file: String) -> ContractBlock {
        var path = anchor
        var required = false
        var match = ContractBinding.Match.params
        for word in info.split(separator: " ").dropFirst() {
            if word == "require" {
                required = true
            } else if word.hasPrefix("file=") {
                path = String(word.dropFirst(5)).trimmingCharacters(in: "`\"'")
            } else if word.hasPrefix("match="), let mode = ContractBinding.Match(rawValue: String(word.dropFirst(6))) {
                match = mode
            }
        }
        return ContractBlock(
            language: language, info: info, location: SourceLocation(file: file, line: line), text: text,
            file: path, binding: required ? ContractBinding(match: match, explicit: true) : nil)
    }
}
