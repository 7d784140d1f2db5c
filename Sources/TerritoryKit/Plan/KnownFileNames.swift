/// What file names and repository folders usually look like, so that `Theme.rowRich` and
/// `compress_markdown()` are not taken for files and `/api/users` is not taken for a folder.
enum KnownFileNames {
    static let extensions: Set<String> = [
        "astro", "bash", "bat", "bib", "bzl", "c", "cc", "cfg", "cjs", "clj", "cmake", "conf", "cpp", "cs",
        "css", "csv", "cts", "dart", "db", "diff", "dockerfile", "ejs", "env", "erl", "ex", "example", "exs",
        "gif", "go", "gql", "gradle", "graphql", "h", "hbs", "hcl", "hpp", "hs", "htm", "html", "ico", "ini",
        "ipynb", "j2", "java", "jinja", "jl", "jpeg", "jpg", "js", "json", "jsonl", "jsx", "kt", "kts",
        "lean", "less", "lock", "log", "lua", "m", "md", "mdx", "mjs", "mk", "ml", "mm", "mod", "mts", "ndjson",
        "nim", "nix", "njk", "patch", "pbxproj", "pdf", "php", "pl", "plist", "png", "prisma", "properties",
        "proto", "ps1", "pug", "py", "pyi", "r", "rb", "rs", "rst", "sample", "sass", "scala", "scm", "scss", "sh",
        "sol", "sql", "sqlite", "storyboard", "sum", "svelte", "svg", "swift", "template", "tex", "tf",
        "tmpl", "toml", "ts", "tsv", "tsx", "txt", "vtt", "vue", "wasm", "webp", "xcconfig", "xcodeproj",
        "xcworkspace", "xib", "xml", "yaml", "yml", "zig", "zsh",
    ]

    /// Files that conventionally have no extension.
    static let extensionless: Set<String> = [
        "AUTHORS", "Brewfile", "CHANGELOG", "CODEOWNERS", "CONTRIBUTING", "Cartfile", "Containerfile",
        "Dockerfile", "Gemfile", "Jenkinsfile", "Justfile", "LICENSE", "Makefile", "NOTICE", "Podfile",
        "Procfile", "README", "Rakefile", "Vagrantfile",
    ]

    /// First folders that mark a `/…` path as a repository path rather than an HTTP route.
    static let sourceFolders: Set<String> = [
        ".context-kit", ".github", "Sources", "Tests", "app", "apps", "assets", "backend", "bin", "client",
        "cmd", "components", "config", "configs", "doc", "docs", "examples", "frontend", "include",
        "internal", "lib", "packages", "pages", "pkg", "public", "scripts", "server", "spec", "src",
        "static", "styles", "test", "tests", "tools", "web",
    ]

    /// True for `app.py`, `test_*.py`, `Dockerfile`, `.env`, `.env.template`: a name, not a symbol.
    static func isFileName(_ name: some StringProtocol) -> Bool {
        let last = String(name).split(separator: "/").last.map(String.init) ?? ""
        if extensionless.contains(last) { return true }
        if last.hasPrefix("."), last.count > 1, last.dropFirst().allSatisfy(isNameCharacter) { return true }
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return false }
        return extensions.contains(last[last.index(after: dot)...].lowercased())
    }

    /// True when `path` (no leading `/`) starts in a folder like `src/` or names a file.
    static func looksLikeRepositoryPath(_ path: some StringProtocol) -> Bool {
        guard let first = String(path).split(separator: "/").first else { return false }
        return sourceFolders.contains(String(first)) || isFileName(path)
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "._-*".contains(character)
    }
}
