import TerritoryGit

/// One ref a push changes, as git hands it to pre-push (`<local ref> <local sha> <remote ref>
/// <remote sha>`), pre-receive (`<old> <new> <ref>`) and update (`REF OLD NEW`).
struct RefUpdate {
    var ref: String
    var old: String
    var new: String

    static let zero = String(repeating: "0", count: 40)

    var isDeletion: Bool { new == Self.zero }
    var isCreation: Bool { old == Self.zero }

    /// `refs/heads/agent/api` → `agent/api`; nil for tags and other refs, which have no agent.
    var branch: String? {
        ref.hasPrefix("refs/heads/") ? String(ref.dropFirst("refs/heads/".count)) : nil
    }

    /// pre-receive: `<old> <new> <ref>` per line.
    static func receiveLines(_ text: String) -> [RefUpdate] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let words = line.split(separator: " ").map(String.init)
            return words.count == 3 ? RefUpdate(ref: words[2], old: words[0], new: words[1]) : nil
        }
    }

    /// pre-push: `<local ref> <local sha> <remote ref> <remote sha>` per line; the remote ref
    /// names the branch as the receiving side will see it.
    static func pushLines(_ text: String) -> [RefUpdate] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let words = line.split(separator: " ").map(String.init)
            return words.count == 4 ? RefUpdate(ref: words[2], old: words[3], new: words[1]) : nil
        }
    }
}
