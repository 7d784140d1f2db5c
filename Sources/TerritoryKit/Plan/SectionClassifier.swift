/// Decides what a heading or bold label inside an agent's section introduces: its territory
/// (write), paths it may read, paths shared under a rule, paths it must not touch, or nothing.
///
/// Matching is by whole words, case-insensitive. When several classes match, the more
/// restrictive reading wins in this order: read, forbidden, shared, write — so
/// `Territory (Read-Only)` is read and `Shared files (modify specific sections)` is shared.
enum SectionClassifier {
    static let readWords = [
        "read-only", "read only", "readonly", "can read", "may read", "reads", "context", "read access",
    ]
    static let forbiddenWords = [
        "do not modify", "don't modify", "do not", "don't", "not allowed", "must not", "forbidden", "no-touch",
        "no touch", "cannot", "never", "not modify", "off-limits", "off limits", "not to modify", "not to touch",
        "not touch", "no-go",
    ]
    static let sharedWords = ["shared", "coordinate", "append", "lock", "might modify"]
    /// Write labels seen in real plans (TAXONOMY §2.1), including the Arabic "assigned module"
    /// (`الوحدة المخصصة`) and the Japanese "exclusive" (`排他`), which have no English words to match.
    static let writeWords = [
        "owns", "owned", "ownership", "exclusive", "files owned", "new files", "files to create",
        "files to modify", "file ownership", "file", "files", "files to", "expected files", "target module",
        "target modules", "scope", "writes", "write access", "deliverables", "deliverables checklist",
        "create", "modify", "full ownership", "location", "stay within", "work within", "limited to", "restricted to",
        "المخصصة", "排他",
    ]
    /// `primary` introduces a territory (`### Primary Territory`) but not a goal or a deliverable.
    static let primaryExceptions = ["goal", "deliverable", "responsibilit", "purpose", "objective", "role", "focus"]

    /// English words first; another language's words (`LabelVocabulary`) decide when English
    /// finds nothing, or when they restrict an English write label (`Files（読み取り専用）`).
    static func classify(_ text: some StringProtocol) -> Access? {
        let lower = HeadingText.plain(text).lowercased()
        let english = classifyEnglish(lower)
        guard english == nil || english == .write else { return english }
        guard let foreign = LabelVocabulary.classify(lower) else { return english }
        return english == nil || foreign != .write ? foreign : english
    }

    private static func classifyEnglish(_ lower: String) -> Access? {
        if readWords.contains(where: { lower.containsWord($0) }) { return .read }
        if forbiddenWords.contains(where: { lower.containsWord($0) }) { return .forbidden }
        if sharedWords.contains(where: { lower.containsWord($0, prefix: true) }) { return .shared }
        if lower.containsWord("territor", prefix: true) { return .write }
        // Words in scripts without spaces (`排他ディレクトリ`) match as prefixes.
        if writeWords.contains(where: { lower.containsWord($0, prefix: !$0.allSatisfy(\.isASCII)) }) { return .write }
        if lower.containsWord("primary"), !primaryExceptions.contains(where: { lower.contains($0) }) {
            return .write
        }
        return nil
    }
}
