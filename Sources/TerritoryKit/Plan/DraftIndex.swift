/// The agents read so far, indexed by what a new heading is compared with: its heading (a
/// repeated heading continues an agent), its id and its code (a loose heading naming a known
/// agent restates it). Lookups cost the handful of drafts under one key, never a scan of all
/// drafts, so reading stays linear in the number of agents. Drafts are indexed on the first
/// lookup after they were added: plans whose headings never need a lookup pay nothing.
struct DraftIndex: Sendable {
    private var byHeading: [AgentHeading: [Int]] = [:]
    private var ids: [String: Int] = [:]
    private var codes: [String: Int] = [:]
    private var indexed = 0
    /// Drafts looked at by lookups so far: a deterministic measure of the reader's work that
    /// the tests compare across plan sizes.
    private(set) var visits = 0

    /// The first draft with this heading whose section started before `otherHeadings`
    /// non-agent headings had been read.
    mutating func reopenable(_ heading: AgentHeading, before otherHeadings: Int, in drafts: [AgentDraft]) -> Int? {
        catchUp(drafts)
        for index in byHeading[heading] ?? [] {
            visits += 1
            if drafts[index].headingsBefore < otherHeadings { return index }
        }
        return nil
    }

    /// Whether a draft has this id, or (when `code` is given) this code.
    mutating func contains(id: String, code: String?, in drafts: [AgentDraft]) -> Bool {
        catchUp(drafts)
        visits += 1
        return ids[id, default: 0] > 0 || code.map { codes[$0, default: 0] > 0 } == true
    }

    /// `drafts[index]`, a reopened section, is replaced by `new` (its id may have changed).
    mutating func replace(_ old: AgentDraft, with new: AgentDraft, at index: Int) {
        guard index < indexed else { return }
        ids[old.preferredId, default: 1] -= 1
        ids[new.preferredId, default: 0] += 1
    }

    private mutating func catchUp(_ drafts: [AgentDraft]) {
        while indexed < drafts.count {
            let draft = drafts[indexed]
            byHeading[draft.heading, default: []].append(indexed)
            ids[draft.preferredId, default: 0] += 1
            if let code = draft.heading.code { codes[code, default: 0] += 1 }
            indexed += 1
            visits += 1
        }
    }
}
