/// Identifier scanning shared by the extractors.
enum Identifier {
    static func isPart(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "$"
    }

    /// The identifier at the start of `text` (empty when none).
    static func leading<S: StringProtocol>(_ text: S) -> String {
        String(text.prefix(while: isPart))
    }

    /// Drops any of `words` (each followed by a space) from the front, repeatedly.
    static func dropping<S: StringProtocol>(_ words: [String], from text: S) -> Substring {
        var rest = Substring(text)
        var changed = true
        while changed {
            changed = false
            for word in words where rest.hasPrefix(word + " ") {
                rest = rest.dropFirst(word.count).drop { $0 == " " }
                changed = true
            }
        }
        return rest
    }
}
