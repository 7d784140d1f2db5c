import Foundation

/// Serialises JSON the same way everywhere: sorted keys, two-space pretty printing, slashes left
/// alone, a final newline.
public enum JSONText {
    public static func render(_ object: Any) -> String {
        let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard JSONSerialization.isValidJSONObject(object),
              let data = try? JSONSerialization.data(withJSONObject: object, options: options)
        else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
