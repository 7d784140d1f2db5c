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
        let token = raw.trimmingCharacters(in: " \t,;")
        guard !token.isEmpty else { return .ignored }
        if token.contains(where: { $0 == " " || $0 == "\t" }) {
            let words = token.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.count >= 2, Self.httpMethods.contains(String(words[0])), words[1].hasPrefix("/") {
                return .notAPath(reason: "an HTTP route")
            }
            return .ignored
        }
        if token.contains("://") { return .notAPath(reason: "a URL") }
        if token.hasPrefix("!") {
            let inner = normalize(token.dropFirst())
            if case .path(let path, let bare) = inner { return .path("!" + path, bareName: bare) }
            return inner
        }
        return normalizePositive(token)
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
        if path.split(separator: "/").contains("..") { return .unresolvable(reason: "a path outside the repository") }
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
        if path.contains("...") || path.contains("…") { return .unresolvable(reason: "an elided path") }
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
        if path.contains("${") { return true }
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
