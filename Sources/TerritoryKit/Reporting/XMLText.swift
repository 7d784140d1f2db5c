/// Escaping for the JUnit writer, which builds XML by hand to stay dependency-free.
///
/// Besides the five markup characters, XML 1.0 forbids most control characters outright — a
/// single stray byte from a file name would make a CI server reject the whole report — so those
/// become U+FFFD. In attributes, tab and newlines are written as character references because a
/// parser would otherwise normalise them to spaces and lose the message's line breaks.
enum XMLText {
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "'" where attribute: out += "&apos;"
            case "\n" where attribute: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t" where attribute: out += "&#9;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// XML 1.0's `Char` production: no C0 controls but tab/LF/CR, no surrogates, no U+FFFE/FFFF.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
