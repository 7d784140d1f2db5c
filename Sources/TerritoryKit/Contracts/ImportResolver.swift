/// Maps an import specifier to the repository files it brings in, using only the set of tracked
/// paths (never the file system: the checker reads git trees, and the importing file may exist
/// only in a commit). An empty answer means "unresolved": an external package, which the
/// import rule ignores.
public struct ImportResolver: Sendable {
    public let tracked: Set<String>
    /// Folder → the files directly in it, for package-as-folder languages (Go, Java wildcards).
    let folders: [String: [String]]

    public init(tracked: Set<String>) {
        self.tracked = tracked
        var folders: [String: [String]] = [:]
        for path in tracked { folders[Self.folder(of: path), default: []].append(path) }
        self.folders = folders.mapValues { $0.sorted() }
    }

    /// The files `anImport` of `file` resolves to, sorted; empty when it names nothing tracked.
    public func resolve(_ anImport: SourceImport, from file: String, language: ImportLanguage) -> [String] {
        let spec = anImport.specifier
        let here = Self.folder(of: file)
        switch language {
        case .python: return python(anImport, folder: here)
        case .typescript:
            let base = spec.hasPrefix(".") ? Self.join(here, spec) : spec
            return base.map { firstTracked(Self.scriptCandidates($0)) } ?? []
        case .c:
            return firstTracked([Self.join(here, spec), Self.join("", spec)].compactMap { $0 })
        case .swift: return swiftModule(spec)
        case .go: return goPackage(spec)
        case .rust: return rust(anImport, file: file)
        case .java: return java(spec)
        }
    }

    /// The first candidate that is tracked, as a one-element answer.
    func firstTracked(_ candidates: [String]) -> [String] {
        candidates.first { tracked.contains($0) }.map { [$0] } ?? []
    }

    /// TS/JS module resolution without `node_modules`: the path itself, with each extension,
    /// the `.js`-written-for-`.ts` ESM convention, and `index.*` of a folder.
    static func scriptCandidates(_ base: String) -> [String] {
        let extensions = ["ts", "tsx", "d.ts", "js", "jsx", "mjs", "cjs", "mts", "cts"]
        var candidates = [base] + extensions.map { "\(base).\($0)" }
        for written in [".js", ".jsx", ".mjs"] where base.hasSuffix(written) {
            let stem = String(base.dropLast(written.count))
            candidates += ["\(stem).ts", "\(stem).tsx", "\(stem).mts"]
        }
        candidates += ["ts", "tsx", "js", "jsx"].map { "\(base)/index.\($0)" }
        return candidates
    }

    /// The folder of a path ("" at the root).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// `relative` joined to `folder`, with `.` and `..` folded; nil when it climbs above the root.
    static func join(_ folder: String, _ relative: String) -> String? {
        var parts = folder.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
