/// Splits `key=value key="quoted value" key=`backticked`` into a dictionary. Keys are lower-cased.
enum WaiverFields {
    static func split(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        var rest = Substring(text)
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == ";" || $0 == "," }).last
            var value = rest[rest.index(after: equals)...]
            let closing: Character? = value.first == "\"" ? "\"" : (value.first == "`" ? "`" : nil)
            let end: Substring.Index
            if let closing {
                value = value.dropFirst()
                end = value.firstIndex(of: closing) ?? value.endIndex
            } else {
                end = value.firstIndex(where: { $0 == " " || $0 == "\t" || $0 == ";" }) ?? value.endIndex
            }
            if let key { fields[key.lowercased()] = String(value[..<end]) }
            rest = end < value.endIndex ? value[value.index(after: end)...] : Substring()
        }
        return fields
    }
}
