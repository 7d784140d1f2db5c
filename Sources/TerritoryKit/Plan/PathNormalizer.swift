/// Turns a candidate token into a repository pattern (DESIGN §3), or says why it is not one.
///
/// Order matters: prose and routes are recognised before anything is stripped, machine paths
/// before the leading `/` is read as the repository root, and placeholders only once the token
/// is known to be a path.
struct PathNormalizer: Sendable {
    /// The plan's folder; paths like `integration-contracts/x.md` resolve against it.
    var planFolder: String

    static let httpMethods: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
    static let machineRoots = [
        "/Users/", "/home/", "/Volumes/", "/tmp/", "/var/", "/opt/", "/etc/", "/root/", "/mnt/",
        "/private/", "/usr/",
    ]
    static let planRelativeFolders = ["integration-contracts/"]

    func normalize(_ raw: some StringProtocol) -> NormalizedPath {
        if let path = plainPath(raw) { return .path(path, bareName: false) }
        var token = raw.trimmingCharacters(in: " \t,;")
        guard !token.isEmpty else { return .ignored }
        if token.hasPrefix("!") {
            // `! src/x/**` is `!src/x/**` written with a space.
            let rest = token.dropFirst().trimmingLeadingSpaces
            if rest.isEmpty { return .invalid(reason: "`!` alone excludes nothing; write the exclusion as `!path`, e.g. `!src/x/generated/**`") }
            if rest.contains(where: { $0 == " " || $0 == "\t" }) {
                return .invalid(reason: "an exclusion with spaces in it; write `!path` with the path alone (annotations after it, outside backticks)")
            }
            token = "!" + rest
        }
        if token.contains(where: { $0 == " " || $0 == "\t" }) {
            let words = token.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.count >= 2, Self.httpMethods.contains(String(words[0])), words[1].hasPrefix("/") {
                return .notAPath(reason: "an HTTP route")
            }
            return .ignored
        }
        if token.containsText("://") { return .notAPath(reason: "a URL") }
        if token.hasPrefix("!") {
            // An exclusion that cannot be read would widen the territory it was written to narrow.
            switch normalize(token.dropFirst()) {
            case .path(let path, let bare): return .path("!" + path, bareName: bare)
            case .invalid(let reason): return .invalid(reason: reason)
            case .unresolvable(let reason), .notAPath(let reason):
                return .invalid(reason: "an exclusion territory cannot read (\(reason)); dropping it would widen the territory, so write `!path` with a repository path")
            case .ignored:
                return .invalid(reason: "an exclusion of something that is not a path; write `!path` with a repository path")
            }
        }
        if let problem = Self.malformed(token) { return .invalid(reason: problem) }
        return validated(normalizePositive(token))
    }

    /// The common case decided in one pass over the bytes: a token of letters, digits, `.`, `_`,
    /// `-`, `*` and `/` with a `/` and a letter or digit in it, starting with neither `.` nor `/`,
    /// without `..` or `//`, is a repository path as written; none of the rules below applies.
    private func plainPath(_ raw: some StringProtocol) -> String? {
        var slash = false, alphanumeric = false, previous: UInt8 = 0
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                alphanumeric = true
            case UInt8(ascii: "/"):
                if previous == 0 || previous == byte { return nil }
                slash = true
            case UInt8(ascii: "."):
                if previous == 0 || previous == byte { return nil }
            case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "*"): break
            default: return nil
            }
            previous = byte
        }
        guard slash, alphanumeric else { return nil }
        let path = String(raw)
        if !planFolder.isEmpty, Self.planRelativeFolders.contains(where: { path.hasPrefix($0) }) { return nil }
        return path
    }

    /// Shapes that are entries gone wrong rather than prose: a pattern of nothing but stars (the
    /// whole repository), an unbalanced brace, or brackets that neither close nor sit in a path.
    static func malformed(_ token: String) -> String? {
        var body = Substring(token)
        while body.hasPrefix("./") { body = body.dropFirst(2) }
        // Only stars and slashes, at least one star: every segment is `*` or `**`.
        if body.utf8.contains(UInt8(ascii: "*")), body.utf8.allSatisfy({ $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "/") }) {
            return "`\(token)` would give the agent the whole repository; list the folders it owns (`src/api/**`)"
        }
        guard token.containsByte("{}[]") else { return nil }
        if !isBalanced(token, open: "{", close: "}") {
            return "a `{` or `}` has no partner; write alternatives as `{a,b}` with both braces"
        }
        let pathLike = token.contains("/") || KnownFileNames.isFileName(token)
        if !pathLike, !isBalanced(token, open: "[", close: "]") {
            return "an unbalanced bracket, not a path; brackets are literal only inside a path such as `app/[id]/page.tsx`"
        }
        return nil
    }

    private static func isBalanced(_ token: String, open: Character, close: Character) -> Bool {
        var depth = 0
        for character in token {
            if character == open { depth += 1 } else if character == close { depth -= 1 }
            if depth < 0 { return false }
        }
        return depth == 0
    }

    /// A path the pattern compiler refuses (an empty segment, a NUL byte) is invalid here, where
    /// its plan line is known, rather than an entry that silently never matches.
    private func validated(_ normalized: NormalizedPath) -> NormalizedPath {
        guard case .path(let path, _) = normalized else { return normalized }
        // Only braces, `//` and NUL make a repository path the compiler refuses.
        guard path.containsByte("{}\0") || path.containsText("//") else { return normalized }
        do {
            _ = try PatternCompiler.compile(path)
            return normalized
        } catch {
            return error.kind == .placeholder ? .unresolvable(reason: "a template placeholder") : .invalid(reason: error.message)
        }
    }

    /// Why a path with `..` is not used: seen from the plan's folder, it either stays inside the
    /// repository (it leaves the plan's folder: say where it would land) or leaves it.
    private func climbing(_ path: String) -> String {
        var parts = planFolder.split(separator: "/").map(String.init)
        for part in path.split(separator: "/") {
            if part == ".." {
                guard !parts.isEmpty else { return "a path outside the repository" }
                parts.removeLast()
            } else if part != "." {
                parts.append(String(part))
            }
        }
        return "a path that leaves the plan's folder (from there it would be `\(parts.joined(separator: "/"))`; "
            + "territory reads entries from the repository root)"
    }

    private func normalizePositive(_ token: String) -> NormalizedPath {
        var path = token
        if let drive = path.first, drive.isLetter, path.dropFirst().hasPrefix(":\\") || path.dropFirst().hasPrefix(":/") {
            return .unresolvable(reason: "an absolute Windows path")
        }
        if path.hasPrefix("~") { return .unresolvable(reason: "a path in a home directory") }
        // `./name` and `/name` are anchored at the root, so they are never bare names.
        var anchored = false
        while path.hasPrefix("./") {
            path.removeFirst(2)
            anchored = true
        }
        if path.containsText(".."), path.split(separator: "/").contains("..") { return .unresolvable(reason: climbing(path)) }
        if path.hasPrefix("/") {
            if Self.machineRoots.contains(where: { path.hasPrefix($0) }) {
                return .unresolvable(reason: "an absolute path on one machine")
            }
            let rest = String(path.drop { $0 == "/" })
            guard !rest.isEmpty else { return .ignored }
            // A trailing `/` names a folder; routes are written without one.
            guard KnownFileNames.looksLikeRepositoryPath(rest) || (rest.hasSuffix("/") && rest.contains(where: \.isLetter)) else {
                return .notAPath(reason: "an HTTP route or absolute path, not a repository path")
            }
            path = rest
            anchored = true
        }
        if Self.hasLineSuffix(path) { return .unresolvable(reason: "a file:line reference") }
        if path.containsText("...") || path.containsText("…") { return .unresolvable(reason: "an elided path") }
        if Self.hasPlaceholder(path) { return .unresolvable(reason: "a template placeholder") }
        if path.hasPrefix("@") || path.hasSuffix("()") || (path.hasSuffix(")") && !path.contains("/")) {
            return .ignored
        }
        if !planFolder.isEmpty, Self.planRelativeFolders.contains(where: { path.hasPrefix($0) }) {
            return .path(planFolder + "/" + path, bareName: false)
        }
        if path.contains("/") { return .path(path, bareName: false) }
        return KnownFileNames.isFileName(path) ? .path(path, bareName: !anchored) : .ignored
    }

    /// `Theme.swift:396`, `app.py:10-20`, `x.swift:41–49`.
    static func hasLineSuffix(_ path: String) -> Bool {
        guard let colon = path.lastIndex(of: ":") else { return false }
        let suffix = path[path.index(after: colon)...]
        guard let first = suffix.first, first.isASCII, first.isNumber else { return false }
        return suffix.allSatisfy { ($0.isASCII && $0.isNumber) || "-–,".contains($0) }
    }

    /// `{doc_id}`, `${AGENT_NAME}`, `<name>`; `{a,b}` is alternation, not a placeholder.
    static func hasPlaceholder(_ path: String) -> Bool {
        guard path.containsByte("{<") else { return false }
        if path.containsText("${") { return true }
        var inside: String?
        for character in path {
            switch character {
            case "{", "<": inside = ""
            case "}", ">":
                if let body = inside, !body.contains(",") || character == ">" { return true }
                inside = nil
            default: inside?.append(character)
            }
        }
        return false
    }
}

/// What `PathNormalizer` made of one candidate token.
enum NormalizedPath: Sendable, Hashable {
    /// A repository path or pattern; `bareName` when it had no `/` and must be found in the tree.
    case path(String, bareName: Bool)
    /// Written like a path but is something else (an HTTP route, a URL): a note, not an entry.
    case notAPath(reason: String)
    /// A path territory cannot anchor in the repository (`~/…`, `../…`, `{placeholder}`,
    /// `file:line`): a warning, not an entry.
    case unresolvable(reason: String)
    /// Written as an entry but malformed, or too wide to be meant (`!` alone, `{a,`, `[`, `**`):
    /// an error, because guessing would grant or drop territory nobody wrote. `reason` says what
    /// is wrong and how to write it.
    case invalid(reason: String)
    /// Not a path at all (a code symbol, an id, prose): dropped silently.
    case ignored
}
