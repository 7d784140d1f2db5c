/// Bullets, bold labels and short label paragraphs inside an agent's section.
extension PlanReadingState {
    mutating func bullet(_ text: String, line: MarkdownLine) {
        guard current != nil else { return }
        if let label = BoldLabel.parse(text) {
            if let field = AgentField.parse(label) { return apply(field) }
            if sectionClass(label.name) != nil { return classify(label, line: line.number) }
        }
        if let label = Self.plainInlineLabel(text), let access = sectionClass(label.name) {
            // `- Files: `a/`, `b/``: a label without bold, for this item only.
            return add(ItemExtractor.candidates(inInline: label.value), access: access, line: line.number)
        }
        if let access = effectiveAccess {
            let candidates = ItemExtractor.candidates(inItem: text)
            if candidates.isEmpty { unparsed(text, access: access, line: line.number) }
            add(candidates, access: access, line: line.number, qualifier: labelQualifier)
        } else if line.ordered {
            // `2. `app/api/route.ts`: create the row…`: a task step that names its file first.
            let candidates = ItemExtractor.candidates(inItem: text)
            if let first = candidates.first, text.hasPrefix("`") || text.hasPrefix("**`") {
                add([first], access: .write, line: line.number)
            } else if let files = Self.stepFiles(text) {
                // `6. Create `lib/db.ts`, `lib/claude.ts`, `lib/types.ts` (…)`: every file it creates.
                add(files, access: .write, line: line.number)
            }
        }
    }

    /// Verbs that start a task step writing the files named right after them.
    static let stepVerbs: Set<String> = ["create", "add", "modify", "update", "write", "implement", "edit", "build", "refactor"]

    /// The backticked files after a step's verb, up to the first gloss (`(`, `—`, ` - `, `:`,
    /// `to`, `with`…): `Create `a.ts`, `b.ts` and `c.ts` (uses `d.ts`)` → a.ts, b.ts, c.ts.
    static func stepFiles(_ text: String) -> [ItemExtractor.Candidate]? {
        let plain = text.replacing("**", with: "")
        guard let space = plain.firstIndex(of: " "),
              stepVerbs.contains(plain[..<space].lowercased()) else { return nil }
        var rest = plain[plain.index(after: space)...].trimmingLeadingSpaces
        if rest.lowercased().hasPrefix("new ") { rest = rest.dropFirst(4).trimmingLeadingSpaces }
        guard rest.hasPrefix("`") else { return nil }
        // The run of backticked names joined by `,` and `and`: stop at the first other text.
        var run = ""
        var scan = rest
        while scan.hasPrefix("`"), let close = scan.dropFirst().firstIndex(of: "`") {
            run += scan[...close] + ", "
            scan = scan[scan.index(after: close)...].trimmingLeadingSpaces
            if scan.hasPrefix(",") { scan = scan.dropFirst().trimmingLeadingSpaces }
            if scan.lowercased().hasPrefix("and ") { scan = scan.dropFirst(4).trimmingLeadingSpaces }
        }
        let files = ItemExtractor.candidates(inInline: run)
        return files.isEmpty ? nil : files
    }

    mutating func classify(_ label: BoldLabel, line: Int) {
        let access = sectionClass(label.name)
        labelAccess = .some(access)
        labelQualifier = Self.qualifier(of: label.name)
        guard let access else { return }
        let candidates = ItemExtractor.candidates(inInline: label.value)
        if candidates.isEmpty, !label.value.isEmpty { unparsed(label.value, access: access, line: line) }
        add(candidates, access: access, line: line, qualifier: Self.qualifier(of: label.name))
    }

    /// A short paragraph ending in a colon (`Owns:`) acts as a label when it names a class, or
    /// when it ends an earlier label's list (`Tasks:`); other prose under a territory label is
    /// kept as an `unparsed-line` note, never silently dropped.
    mutating func plainLabel(_ text: String, line: Int) {
        guard text.hasSuffix(":"), text.count <= 80, !text.contains("`") else {
            if let access = effectiveAccess { unparsed(text, access: access, line: line) }
            return
        }
        let label = BoldLabel(name: String(text.dropLast()), value: "")
        if sectionClass(label.name) != nil || labelAccess != nil { classify(label, line: line) }
    }

    /// `Files: `a/``, `Expected files: a.py, b.py`: a short plain name, a colon, then a value.
    static func plainInlineLabel(_ text: String) -> BoldLabel? {
        guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let name = text[..<colon]
        guard !name.isEmpty, name.count <= 30, !name.contains("`"), !name.contains("*"), !name.contains("/") else { return nil }
        let value = text[text.index(after: colon)...].trimmingSpaces
        return value.isEmpty ? nil : BoldLabel(name: String(name), value: value)
    }

    /// `**Owned Files** (NEW):` → `new`: the label's qualifier applies to every item under it.
    /// Only qualifiers in the annotation vocabulary are copied: `(But NOT Modify)` explains the
    /// label rather than tagging its items.
    static func qualifier(of name: String) -> String? {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return nil }
        let inner = name[name.index(after: open)..<name.index(before: name.endIndex)].trimmingSpaces.lowercased()
        guard !inner.isEmpty, !inner.containsWord("not"), !inner.containsWord("but"),
              qualifierWords.contains(where: { inner.containsWord($0, prefix: true) }) else { return nil }
        return inner
    }

    static let qualifierWords = [
        "new", "create", "modify", "read", "append", "exclusive", "write", "edit", "shared", "section", "copy",
        "delete", "partial", "lock",
    ]

    mutating func add(_ candidates: [ItemExtractor.Candidate], access: Access, line: Int, qualifier: String? = nil) {
        guard let name = current?.heading.name, !candidates.isEmpty else { return }
        var built = entryBuilder.build(candidates, access: access, line: line, agentName: name)
        if let qualifier {
            for index in built.entries.indices where !built.entries[index].annotations.contains(qualifier) {
                built.entries[index].annotations.insert(qualifier, at: 0)
            }
        }
        if candidates.count >= 2, Self.isAlternative(candidates) {
            for index in built.entries.indices { built.entries[index].annotations.append("alternative") }
        }
        current?.entries += built.entries
        diagnostics += built.diagnostics
    }

    /// `` `requirements.txt` or `pyproject.toml` ``: the plan offers a choice; both are kept.
    static func isAlternative(_ candidates: [ItemExtractor.Candidate]) -> Bool {
        candidates.dropLast().contains { candidate in
            let trailing = candidate.trailing.trimmingSpaces.lowercased()
            return trailing == "or" || trailing.hasPrefix("or ") && trailing.count <= 4
        }
    }

    /// `SectionClassifier.classify`, remembered per text: plans repeat the same few labels
    /// (`**Territory**:`, `**Read-Only**:`) once per agent, and classifying one matches it
    /// against the whole vocabulary.
    mutating func sectionClass(_ text: String) -> Access? {
        if let known = sectionClasses[text] { return known }
        let access = SectionClassifier.classify(text)
        if sectionClasses.count < 4_096 { sectionClasses[text] = access }
        return access
    }

    mutating func unparsed(_ text: String, access: Access, line: Int) {
        let shown = text.count > 120 ? String(text.prefix(117)) + "…" : text
        diagnostics.append(PlanDiagnostic(
            code: "unparsed-line", severity: .note,
            message: "\(current?.heading.name ?? "plan") \(access.rawValue) list: no path in \"\(shown)\"",
            location: entryBuilder.location(line)))
    }
}
