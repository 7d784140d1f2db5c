/// The exact form: a fenced ```` ```territory ```` block that states agents precisely and
/// overrides what the heuristics read for the agents it names.
///
/// ```territory
/// agent: api-agent            # starts an agent (its id)
/// name: Backend API           # optional display name
/// wave: 1, 3                  # optional
/// branch: agent/api           # optional
/// write: src/api/**, tests/api/
/// read:
///   - src/shared/types.ts
/// shared: CHANGELOG.md (append-only)
/// forbidden: secrets/
/// ```
struct TerritoryBlock {
    static let keys: [String: Access] = [
        "write": .write, "territory": .write, "read": .read, "read-only": .read, "shared": .shared, "forbidden": .forbidden,
    ]

    let file: String
    let normalizer: PathNormalizer
    private(set) var agents: [Agent] = []
    private(set) var diagnostics: [PlanDiagnostic] = []
    private var listKey: Access?

    init(file: String, planFolder: String) {
        self.file = file
        self.normalizer = PathNormalizer(planFolder: planFolder)
    }

    /// One line inside a territory block.
    mutating func consume(_ text: String, line: Int) {
        let content = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map { $0.trimmingSpaces } ?? ""
        guard !content.isEmpty else { return }
        let location = SourceLocation(file: file, line: line)
        if content.hasPrefix("- ") {
            guard let access = listKey else { return problem("a list item outside write/read/shared/forbidden", at: location) }
            return add(String(content.dropFirst(2)), access, at: location)
        }
        guard let colon = content.firstIndex(of: ":") else { return problem("`\(content)` is not `key: value`", at: location) }
        let key = content[..<colon].trimmingSpaces.lowercased()
        let value = content[content.index(after: colon)...].trimmingSpaces
        listKey = nil
        if key == "agent" {
            agents.append(Agent(id: value, name: value, location: location))
            return
        }
        guard !agents.isEmpty else { return problem("`\(key):` before any `agent:` line", at: location) }
        switch key {
        case "name": agents[agents.count - 1].name = value
        case "wave", "waves": agents[agents.count - 1].waves = WaveList.parse(value)
        case "branch": agents[agents.count - 1].branch = value.trimming { $0 == "`" }
        default:
            guard let access = Self.keys[key] else { return problem("unknown key `\(key)`", at: location) }
            listKey = access
            for item in value.split(separator: ",") where !item.trimmingSpaces.isEmpty { add(String(item), access, at: location) }
        }
    }

    private mutating func add(_ item: String, _ access: Access, at location: SourceLocation) {
        var trimmed = item.trimmingSpaces
        // `! src/gen/**` is the exclusion `!src/gen/**` written with a space.
        if trimmed.hasPrefix("!") { trimmed = "!" + trimmed.dropFirst().trimmingLeadingSpaces }
        let pathPart = trimmed.split(separator: " ", maxSplits: 1).first.map(String.init) ?? trimmed
        let notes = AnnotationParser.annotations(in: trimmed.dropFirst(pathPart.count))
        switch normalizer.normalize(pathPart.trimming { $0 == "`" }) {
        case .path(let pattern, _):
            agents[agents.count - 1].entries.append(Entry(pattern: pattern, access: access, location: location, annotations: notes))
        case .invalid(let reason):
            diagnostics.append(PlanDiagnostic(
                code: "invalid-pattern", severity: .error,
                message: "territory block: `\(pathPart)` is not a valid entry: \(reason)", location: location))
        case .unresolvable(let reason), .notAPath(let reason):
            problem("`\(pathPart)` is \(reason)", at: location)
        case .ignored:
            problem("`\(pathPart)` is not a path", at: location)
        }
    }

    private mutating func problem(_ message: String, at location: SourceLocation) {
        diagnostics.append(PlanDiagnostic(code: "territory-block", severity: .warning, message: "territory block: " + message, location: location))
    }
}
