/// The per-language path conventions of `ImportResolver`: Python packages, Swift targets, Go
/// packages, Rust modules and Java packages, each mapped to tracked files without a toolchain.
extension ImportResolver {
    /// `from .x import y` climbs one package per extra dot; absolute `a.b.c` is tried from the
    /// root and from `src/` (the src layout). `from a import b` prefers a submodule `a/b.py`.
    func python(_ anImport: SourceImport, folder: String) -> [String] {
        let spec = anImport.specifier
        let dots = spec.prefix { $0 == "." }.count
        let dotted = spec.dropFirst(dots).split(separator: ".").joined(separator: "/")
        var roots: [String] = []
        if dots > 0 {
            var parts = folder.split(separator: "/").map(String.init)
            guard parts.count >= dots - 1 else { return [] }
            parts.removeLast(dots - 1)
            roots = [parts.joined(separator: "/")]
        } else {
            roots = ["", "src"]
        }
        for root in roots {
            let module = [root, dotted].filter { !$0.isEmpty }.joined(separator: "/")
            for name in anImport.names {
                let sub = [module, name].filter { !$0.isEmpty }.joined(separator: "/")
                let found = firstTracked(["\(sub).py", "\(sub).pyi", "\(sub)/__init__.py"])
                if !found.isEmpty { return found }
            }
            guard !module.isEmpty else { continue }
            let found = firstTracked(["\(module).py", "\(module).pyi", "\(module)/__init__.py"])
            if !found.isEmpty { return found }
        }
        return []
    }

    /// A SwiftPM module is the folder `Sources/<Module>/`; every tracked file under it.
    func swiftModule(_ module: String) -> [String] {
        let prefix = "Sources/\(module)/"
        return tracked.filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// A Go import path ends with the package folder; the module prefix from `go.mod` is
    /// skipped by trying ever shorter suffixes until one is a tracked folder.
    func goPackage(_ path: String) -> [String] {
        let parts = path.split(separator: "/")
        for start in parts.indices {
            let folder = parts[start...].joined(separator: "/")
            if let files = folders[folder] { return files.filter { $0.hasSuffix(".go") } }
        }
        return []
    }

    /// `use crate::a::b::Item` → the longest prefix that is `a/b.rs` or `a/b/mod.rs` under the
    /// crate's source folder; `mod x;` → next to the declaring file.
    func rust(_ anImport: SourceImport, file: String) -> [String] {
        let here = Self.folder(of: file)
        let stem = file.split(separator: "/").last.map { String($0.dropLast(3)) } ?? ""
        let owner = ["mod", "lib", "main"].contains(stem) ? here : [here, stem].filter { !$0.isEmpty }.joined(separator: "/")
        if anImport.names == ["mod"] {
            let base = [owner, anImport.specifier].filter { !$0.isEmpty }.joined(separator: "/")
            return firstTracked(["\(base).rs", "\(base)/mod.rs"])
        }
        var parts = anImport.specifier.split(separator: "::").map(String.init)
        var root: String
        switch parts.first {
        case "crate": root = crateRoot(from: here)
        case "self": root = owner
        case "super": root = Self.folder(of: owner)
        default: return []
        }
        parts.removeFirst()
        while parts.first == "super" { root = Self.folder(of: root); parts.removeFirst() }
        while !parts.isEmpty {
            let base = ([root] + parts).filter { !$0.isEmpty }.joined(separator: "/")
            let found = firstTracked(["\(base).rs", "\(base)/mod.rs"])
            if !found.isEmpty { return found }
            parts.removeLast()
        }
        return []
    }

    /// The nearest folder above `folder` holding `lib.rs` or `main.rs`, else `src`.
    func crateRoot(from folder: String) -> String {
        var current = folder
        while true {
            let prefix = current.isEmpty ? "" : current + "/"
            if tracked.contains(prefix + "lib.rs") || tracked.contains(prefix + "main.rs") { return current }
            if current.isEmpty { return "src" }
            current = Self.folder(of: current)
        }
    }

    /// `a.b.C` → a tracked `…/a/b/C.java` or `.kt` under any source root; `a.b.*` → the files of
    /// the folder `…/a/b`; `a.b.C.member` (static import) tries the shorter paths.
    func java(_ spec: String) -> [String] {
        var parts = spec.split(separator: ".").map(String.init)
        if parts.last == "*" {
            parts.removeLast()
            let suffix = parts.joined(separator: "/")
            guard let folder = folders.keys.sorted().first(where: { $0 == suffix || $0.hasSuffix("/" + suffix) }) else { return [] }
            return folders[folder] ?? []
        }
        while parts.count > 1 {
            let suffix = parts.joined(separator: "/")
            let found = tracked.filter { path in
                ["java", "kt"].contains { path == "\(suffix).\($0)" || path.hasSuffix("/\(suffix).\($0)") }
            }
            if !found.isEmpty { return found.sorted() }
            parts.removeLast()
        }
        return []
    }
}
