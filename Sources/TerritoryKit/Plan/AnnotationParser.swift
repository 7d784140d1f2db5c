/// Reads the notes written after a path: `(NEW)`, `[CREATE]`, `*(modify)*`, `(append only)`,
/// `- note` — lower-cased, brackets stripped, in the order written.
enum AnnotationParser {
    static func annotations(in trailing: some StringProtocol) -> [String] {
        var notes: [String] = []
        var rest = ""
        var group = ""
        var closers: [Character] = []
        for character in trailing {
            if character == "(" || character == "[" || character == "（" {
                if !closers.isEmpty { group.append(character) }
                closers.append(character == "[" ? "]" : character == "（" ? "）" : ")")
            } else if let closer = closers.last, character == closer {
                closers.removeLast()
                if closers.isEmpty {
                    append(group, to: &notes)
                    group = ""
                } else {
                    group.append(character)
                }
            } else if closers.isEmpty {
                rest.append(character)
            } else {
                group.append(character)
            }
        }
        append(group, to: &notes)  // an unclosed group still says something
        let remainder = rest.trimmingCharacters(in: " \t*_,;:✅✓")
        if let dash = remainder.first, dash == "-" || dash == "—" || dash == "–" {
            append(String(remainder.dropFirst()), to: &notes)
        }
        return notes
    }

    /// The access an item's own notes give it, overriding the section's: `(read-only)` makes a
    /// territory item read-only; `append`, `shared`, `section` or `coordinate` makes it shared.
    /// Read and forbidden sections are never widened.
    static func access(for annotations: [String], in section: Access) -> Access {
        guard section == .write || section == .shared else { return section }
        let readOnly = ["read-only", "read only", "readonly"]
        if annotations.contains(where: { note in readOnly.contains { note.containsWord($0) } }) { return .read }
        guard section == .write else { return section }
        let sharedWords = ["append", "shared", "section", "coordinate", "lock"]
        if annotations.contains(where: { note in
            sharedWords.contains { note.containsWord($0, prefix: true) } || Self.namesLines(note)
        }) {
            return .shared
        }
        return section
    }

    /// `lines 72-74`, `line 12`, `modify lines 1-30, 455-480`: a claim on part of the file.
    static func namesLines(_ note: String) -> Bool {
        for word in ["lines ", "line "] {
            for range in note.ranges(of: word) where range.upperBound < note.endIndex {
                let before = range.lowerBound == note.startIndex ? " " : note[note.index(before: range.lowerBound)]
                let next = note[range.upperBound]
                if !before.isLetter, next.isNumber || next == "~" { return true }
            }
        }
        return false
    }

    private static func append(_ raw: String, to notes: inout [String]) {
        let note = raw.trimmingCharacters(in: " \t*_").lowercased()
        if !note.isEmpty { notes.append(note) }
    }
}
