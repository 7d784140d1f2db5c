import Testing
import TerritoryKit

/// Resolution of import specifiers to tracked paths, per language; unresolved means external.
@Suite struct ContractImportResolverTests {
    static let resolver = ImportResolver(tracked: [
        "src/storage/client.py", "src/storage/__init__.py", "src/storage/compression.py", "src/processing/run.py",
        "web/storage/client.ts", "web/storage/index.ts", "web/app/main.ts", "web/ui/widget.tsx",
        "Sources/Storage/Client.swift", "Sources/Storage/Cache.swift",
        "go.mod", "internal/storage/api.go", "internal/storage/db.go",
        "rust/src/lib.rs", "rust/src/storage/mod.rs", "rust/src/storage/client.rs", "rust/src/app.rs",
        "app/src/main/java/com/acme/storage/Client.java", "app/src/main/kotlin/com/acme/search/Index.kt",
        "native/storage/client.h", "native/app/main.c", "include/shared.h",
    ])

    static func resolve(_ spec: String, names: [String] = [], from file: String) -> [String] {
        let language = ImportLanguage(path: file) ?? .python
        return resolver.resolve(SourceImport(specifier: spec, line: 1, names: names), from: file, language: language)
    }

    @Test func python() {
        #expect(Self.resolve("src.storage.client", from: "src/processing/run.py") == ["src/storage/client.py"])
        #expect(Self.resolve("storage.compression", from: "src/processing/run.py") == ["src/storage/compression.py"])
        #expect(Self.resolve("src.storage", names: ["client"], from: "src/processing/run.py") == ["src/storage/client.py"])
        #expect(Self.resolve("src.storage", names: ["Client"], from: "src/processing/run.py") == ["src/storage/__init__.py"])
        #expect(Self.resolve(".client", names: ["X"], from: "src/storage/__init__.py") == ["src/storage/client.py"])
        #expect(Self.resolve("..storage", names: ["compression"], from: "src/processing/run.py") == ["src/storage/compression.py"])
        #expect(Self.resolve("numpy", from: "src/processing/run.py").isEmpty)
    }

    @Test func typeScript() {
        #expect(Self.resolve("../storage/client", from: "web/app/main.ts") == ["web/storage/client.ts"])
        #expect(Self.resolve("../storage/client.js", from: "web/app/main.ts") == ["web/storage/client.ts"])
        #expect(Self.resolve("../storage", from: "web/app/main.ts") == ["web/storage/index.ts"])
        #expect(Self.resolve("../ui/widget", from: "web/app/main.ts") == ["web/ui/widget.tsx"])
        #expect(Self.resolve("react", from: "web/app/main.ts").isEmpty)
    }

    @Test func swiftGoRust() {
        #expect(Self.resolve("Storage", from: "Sources/App/main.swift") == ["Sources/Storage/Cache.swift", "Sources/Storage/Client.swift"])
        #expect(Self.resolve("Foundation", from: "Sources/App/main.swift").isEmpty)
        #expect(Self.resolve("example.com/acme/internal/storage", from: "cmd/main.go") == ["internal/storage/api.go", "internal/storage/db.go"])
        #expect(Self.resolve("fmt", from: "cmd/main.go").isEmpty)
        #expect(Self.resolve("crate::storage::client::Client", from: "rust/src/app.rs") == ["rust/src/storage/client.rs"])
        #expect(Self.resolve("crate::storage::Thing", from: "rust/src/app.rs") == ["rust/src/storage/mod.rs"])
        #expect(Self.resolve("client", names: ["mod"], from: "rust/src/storage/mod.rs") == ["rust/src/storage/client.rs"])
        #expect(Self.resolve("std::io", from: "rust/src/app.rs").isEmpty)
    }

    @Test func javaKotlinAndC() {
        #expect(Self.resolve("com.acme.storage.Client", from: "app/X.java") == ["app/src/main/java/com/acme/storage/Client.java"])
        #expect(Self.resolve("com.acme.storage.Client.create", from: "app/X.kt") == ["app/src/main/java/com/acme/storage/Client.java"])
        #expect(Self.resolve("com.acme.search.*", from: "app/X.kt") == ["app/src/main/kotlin/com/acme/search/Index.kt"])
        #expect(Self.resolve("java.util.List", from: "app/X.java").isEmpty)
        #expect(Self.resolve("../storage/client.h", from: "native/app/main.c") == ["native/storage/client.h"])
        #expect(Self.resolve("include/shared.h", from: "native/app/main.c") == ["include/shared.h"])
        #expect(Self.resolve("missing.h", from: "native/app/main.c").isEmpty)
    }
}
