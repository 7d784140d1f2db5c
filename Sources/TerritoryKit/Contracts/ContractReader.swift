/// Reads one integration-contract markdown file into a `Contract`. Never throws and never traps:
/// whatever it cannot make sense of becomes a diagnostic with its line.
///
/// What it recognises: header fields (`**X**:` and `**X:**`), `**File:**` / `File:` anchors,
/// fenced code blocks with their info string (`python require file=src/x.py match=name`), and
/// one ```` ```territory ```` block (see `ContractTerritoryBlock`).
public struct ContractReader: Sendable {
    public init() {}

    public func read(text: String, file: String) -> Contract {
        var contract = Contract(file: file, id: Self.stem(of: file))
        var fence: ContractFence?
        var body: [Substring] = []
        var anchor: (path: String, level: Int)?
        var headingLevel = 0
        var territory: [(line: Int, text: Substring)] = []
        var territoryLine = 0
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingSpaces
            if let open = fence {
                if open.closes(trimmed) {
                    if open.language == "territory" {
                        ContractTerritoryBlock.apply(territory, to: &contract, at: territoryLine)
                        territory = []
                    } else {
                        contract.blocks.append(open.block(text: body.joined(separator: "\n"), anchor: anchor?.path, file: file))
                    }
                    fence = nil
                    body = []
                } else if open.language == "territory" {
                    territory.append((lineNumber, line))
                } else {
                    body.append(line)
                }
                continue
            }
            if let open = ContractFence(opening: trimmed, line: lineNumber) {
                fence = open
                territoryLine = lineNumber
                continue
            }
            if let level = Self.headingLevel(trimmed) {
                headingLevel = level
                if contract.title == nil, level == 1 { contract.title = String(trimmed.dropFirst(level).trimmingSpaces) }
                if let current = anchor, level <= current.level { anchor = nil }
                continue
            }
            let location = SourceLocation(file: file, line: lineNumber)
            for (label, value) in ContractHeaderLine.fields(in: trimmed) {
                if let path = contract.apply(label: label, value: value, at: location) {
                    anchor = (path, headingLevel)
                }
            }
        }
        if let open = fence {
            contract.diagnostics.append(PlanDiagnostic(
                code: "contract-unclosed-fence", severity: .warning,
                message: "code block opened here is never closed; it runs to the end of the file",
                location: SourceLocation(file: file, line: open.line)))
            if open.language != "territory" {
                contract.blocks.append(open.block(text: body.joined(separator: "\n"), anchor: anchor?.path, file: file))
            }
        }
        contract.resolveTerritoryRequires()
        if contract.provider == nil {
            contract.diagnostics.append(PlanDiagnostic(
                code: "contract-no-provider", severity: .note,
                message: "no **Provider**/**Owner** line: frozen and signature findings cannot name who to ask",
                location: SourceLocation(file: file, line: 1)))
        }
        return contract
    }

    /// `# Title` → 1; not a heading → nil.
    static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard hashes > 0, hashes <= 6 else { return nil }
        let rest = line.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " ? hashes : nil
    }

    static func stem(of file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
