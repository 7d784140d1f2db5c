import TestSupport

/// Seeded generators of repository trees and territory patterns for the differential tests.
struct PatternGenerator {
    var random: SeededRandom
    /// Bracket and parenthesis names are left out when the tree is for git, whose pathspecs treat
    /// `[` `]` as classes; `*`/`?` are never in names.
    let gitSafe: Bool

    init(seed: UInt64, gitSafe: Bool = false) {
        random = SeededRandom(seed: seed)
        self.gitSafe = gitSafe
    }

    var directoryNames: [String] {
        let plain = ["src", "app", "lib", "docs", "api", "ui", "a", "b", "ab", "test", "node_modules",
                     "x.d", "pkg1", "pkg2", "café", "a b"]
        return gitSafe ? plain : plain + ["(auth)", "[id]", "[...slug]", "a,b"]
    }
    let stems = ["index", "main", "a", "ab", "test_a", "b_test", "README", "page", "x.d", ".env", "é"]
    let extensions = ["", ".ts", ".tsx", ".d.ts", ".md", ".py", ".pyc", ".a", "."]

    mutating func path() -> String {
        let depth = random.below(5)
        var parts = (0..<depth).map { _ in random.pick(directoryNames) }
        parts.append(random.pick(stems) + random.pick(extensions))
        return parts.joined(separator: "/")
    }

    /// Distinct paths such that no path is also a directory of another (like a git tree).
    mutating func tree(count: Int) -> [String] {
        var files = Set<String>(), directories = Set<String>()
        var ordered: [String] = []
        while ordered.count < count {
            let candidate = path()
            let parts = candidate.split(separator: "/").map(String.init)
            let parents = (1..<max(parts.count, 1)).map { parts[..<$0].joined(separator: "/") }
            if files.contains(candidate) || directories.contains(candidate) || parents.contains(where: files.contains) { continue }
            files.insert(candidate)
            directories.formUnion(parents)
            ordered.append(candidate)
        }
        return ordered
    }

    /// A pattern derived from one of `paths` (so many patterns match something), with segments
    /// turned into wildcards, globstars, extensions and brace alternatives.
    mutating func pattern(from paths: [String], braces: Bool = true) -> String {
        var parts = random.pick(paths).split(separator: "/").map(String.init)
        parts = Array(parts.prefix(1 + random.below(parts.count)))
        parts = parts.map { mutate($0, braces: braces) }
        if random.chance(15) { parts.insert("**", at: random.below(parts.count + 1)) }
        var pattern = parts.joined(separator: "/")
        if random.chance(10) { pattern = "**/" + random.pick(["*.ts", "*.md", "*.d.ts", "test_*", "*.py*", "x.d"]) }
        if random.chance(8) {
            pattern += "/"
        } else if random.chance(5) {
            pattern += "/**"
        }
        if random.chance(5) { pattern = "./" + pattern }
        if random.chance(5) { pattern = "/" + pattern }
        return pattern
    }

    private mutating func mutate(_ segment: String, braces: Bool) -> String {
        let chars = Array(segment)
        switch random.below(12) {
        case 0: return "*"
        case 1: return "**"
        case 2 where !chars.isEmpty:
            var copy = chars
            copy[random.below(copy.count)] = "?"
            return String(copy)
        case 3 where !chars.isEmpty: return String(chars.prefix(random.below(chars.count))) + "*"
        case 4: return "*" + String(chars.suffix(random.below(chars.count + 1)))
        case 5 where braces: return "{" + segment + "," + random.pick(directoryNames + stems) + "}"
        case 6 where braces: return segment.isEmpty ? "*" : "{" + String(chars.prefix(1)) + ",x}" + String(chars.dropFirst())
        case 7: return "*" + random.pick(extensions.filter { !$0.isEmpty })
        default: return segment
        }
    }
}
