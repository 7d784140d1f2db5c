/// Finds the agent a summary means by the name it uses: its id, number, name, the id without
/// `-agent` (`backend-api`), a kebab id in a gloss (`Agent 1 (html-agent)`), or an abbreviation
/// whose words start the words of exactly one name (`Backend Spec Agent` → `Backend
/// Specification Agent`). Ambiguous names resolve to nothing rather than to a guess.
struct AgentResolver: Sendable {
    private var keys: [String: [Int]] = [:]
    private var names: [[String]] = []
    /// The drafts with a name word starting with each 1–3 letter prefix, so an abbreviation is
    /// checked against the few names that could match rather than against all of them.
    private var byPrefix: [Substring: [Int]] = [:]
    /// Keys tried and names compared so far: the work resolving did (see `DraftIndex.visits`).
    private(set) var visits = 0

    init(_ drafts: [AgentDraft]) {
        for draft in drafts { add(draft) }
    }

    /// Indexes one more draft; its index is the number of drafts added before it.
    mutating func add(_ draft: AgentDraft) {
        let index = names.count
        var spellings = [draft.preferredId, draft.heading.name, AgentIdentity.slug(draft.heading.name)]
        // `データ基盤（Models / Events）` is `データ基盤` in a roster: the name before its gloss.
        if let short = Self.shortName(draft.heading.name) { spellings.append(short) }
        if let id = draft.explicitId { spellings.append(id) }
        if let kebab = draft.heading.kebabId { spellings.append(kebab) }
        if let code = draft.heading.code { spellings += [code, "agent-" + code, "agent " + code] }
        if draft.preferredId.hasSuffix("-agent") { spellings.append(String(draft.preferredId.dropLast(6))) }
        for spelling in Set(spellings.map { $0.lowercased() }) where !spelling.isEmpty {
            keys[spelling, default: []].append(index)
        }
        let words = Self.words(draft.heading.name)
        var prefixes: Set<Substring> = []
        for word in words {
            for length in 1...min(3, max(word.count, 1)) { prefixes.insert(word.prefix(length)) }
        }
        for prefix in prefixes { byPrefix[prefix, default: []].append(index) }
        names.append(words)
    }

    /// The index of the one draft `reference` names; `preferWaves` breaks ties between agents
    /// that share a number because the plan restarts numbering per wave.
    mutating func resolve(_ reference: String, preferWaves: [Int] = [], drafts: [AgentDraft]) -> Int? {
        let plain = HeadingText.plain(reference).trimmingCharacters(in: " ,;:.")
        guard !plain.isEmpty else { return nil }
        var tries: [String] = []
        if let kebab = AgentIdentity.firstKebabId(in: plain) { tries.append(kebab) }
        tries.append(plain)
        let beforeGloss = Self.shortName(plain) ?? plain
        tries.append(beforeGloss)
        if let heading = AgentHeading.parse(beforeGloss), let code = heading.code { tries.append("agent-" + code) }
        let slug = AgentIdentity.slug(beforeGloss)
        tries += [slug, slug + "-agent"]
        for key in tries {
            visits += 1
            guard let found = keys[key.lowercased()], !found.isEmpty else { continue }
            if found.count == 1 { return found[0] }
            let inWave = found.filter { !Set(drafts[$0].waves).isDisjoint(with: preferWaves) }
            return inWave.count == 1 ? inWave[0] : nil
        }
        return abbreviation(Self.words(beforeGloss))
    }

    private mutating func abbreviation(_ wanted: [String]) -> Int? {
        guard wanted.count >= 2 else { return nil }
        // Every wanted word starts some word of a match: the rarest prefix bounds the search.
        let candidates = wanted.map { byPrefix[$0.prefix(3)] ?? [] }.min { $0.count < $1.count } ?? []
        visits += candidates.count
        let matches = candidates.filter { index in
            var remaining = names[index][...]
            for word in wanted {
                guard let at = remaining.firstIndex(where: { $0.hasPrefix(word) }) else { return false }
                remaining = remaining[(at + 1)...]
            }
            return true
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The name before a gloss in ASCII or full-width parentheses, when there is one and text
    /// before it: `データ基盤（Models / Events）` → `データ基盤`.
    static func shortName(_ name: String) -> String? {
        guard let open = name.firstIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
        let short = name[..<open].trimmingSpaces
        return short.isEmpty ? nil : String(short)
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
