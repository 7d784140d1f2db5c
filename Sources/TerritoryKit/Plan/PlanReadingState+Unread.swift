/// Lines under an agent that hold something path-like but gave no entry, field or diagnostic
/// become an `unread-path` note: a path the reader did not take is said, never dropped silently
/// (a `**Dependencies**:` label, a bullet under `### Responsibilities`, a tree under `### Layout`).
extension PlanReadingState {
    /// What the reader had produced before a line, to tell whether the line added anything.
    struct ReadMark {
        var entries: Int
        var diagnostics: Int
        var claims: Int

        init(_ state: PlanReadingState) {
            entries = state.current?.entries.count ?? 0
            diagnostics = state.diagnostics.count
            claims = state.claims.count
        }
    }

    /// A fenced path listing under an agent that no label classified: one note for the block.
    struct UnreadListing {
        var agent: String
        var firstLine: Int
        var lastLine: Int
        var count: Int
        var example: String
    }

    mutating func noteUnread(_ line: MarkdownLine, since mark: ReadMark) {
        defer { lineUsed = false }
        // Checked in place: copying the current draft for every line showed in profiles.
        guard current?.entries.count == mark.entries, !lineUsed,
              diagnostics.count == mark.diagnostics, claims.count == mark.claims else { return }
        let text: String
        switch line.kind {
        case .bullet(_, let body), .text(let body): text = body
        case .label(let label): text = label.name + ": " + label.value
        case .tableRow(let cells): text = cells.joined(separator: " | ")
        default: return
        }
        guard let name = current?.heading.name, let path = PathMention(normalizer: entryBuilder.normalizer).first(in: text) else {
            return
        }
        diagnostics.append(PlanDiagnostic(
            code: "unread-path", severity: .note,
            message: "`\(path)` in \(name)'s section is under no territory, read, shared or forbidden label, "
                + "so it is not an entry",
            location: entryBuilder.location(line.number)))
    }

    mutating func noteUnreadListing() {
        guard let listing = unreadListing else { return }
        unreadListing = nil
        let paths = listing.count == 1 ? "1 path" : "\(listing.count) paths"
        let lines = listing.firstLine == listing.lastLine ? "line \(listing.firstLine)" : "lines \(listing.firstLine)–\(listing.lastLine)"
        diagnostics.append(PlanDiagnostic(
            code: "unread-path", severity: .note,
            message: "the path listing at \(lines) in \(listing.agent)'s section (\(paths), e.g. `\(listing.example)`) is under "
                + "no territory, read, shared or forbidden label, so its paths are not entries",
            location: entryBuilder.location(listing.firstLine)))
    }
}

extension PlanReadingState.UnreadListing? {
    mutating func note(_ item: FencedPathBlock.Item, agent: String) {
        if var listing = self, listing.agent == agent {
            listing.lastLine = item.line
            listing.count += 1
            self = listing
        } else {
            self = PlanReadingState.UnreadListing(
                agent: agent, firstLine: item.line, lastLine: item.line, count: 1, example: item.candidate.token)
        }
    }
}
