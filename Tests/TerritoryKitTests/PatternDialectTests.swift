import Testing
@testable import TerritoryKit

/// One row per dialect rule of DESIGN.md §3: the pattern, paths it must match, paths it must not.
struct PatternDialectTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let pattern: String
        let matching: [String]
        let notMatching: [String]
        var testDescription: String { pattern }
    }

    static let rows: [Row] = [
        // Literals: the path itself and everything beneath it; never a sibling with a longer name.
        Row(pattern: "src/api/handler.py", matching: ["src/api/handler.py", "src/api/handler.py/x"],
            notMatching: ["src/api/handler.pyc", "src/api", "src/api/handler"]),
        Row(pattern: "src/newmodule", matching: ["src/newmodule", "src/newmodule/a/b.swift"],
            notMatching: ["src/newmodules/a", "src", "lib/src/newmodule"]),
        // Anchored at the root; leading ./ and / dropped.
        Row(pattern: "./src/a.py", matching: ["src/a.py"], notMatching: ["x/src/a.py"]),
        Row(pattern: "/src/a.py", matching: ["src/a.py"], notMatching: ["x/src/a.py"]),
        // Trailing slash: the directory's contents, not a file of that name.
        Row(pattern: "src/api/", matching: ["src/api/x", "src/api/a/b"], notMatching: ["src/api", "src/apix/y"]),
        // `*` and `?` stay inside one segment; ancestors count.
        Row(pattern: "src/*", matching: ["src/a.py", "src/a/b.py"], notMatching: ["src", "lib/a"]),
        Row(pattern: "packages/*/src", matching: ["packages/a/src/x/y.ts", "packages/b/src"],
            notMatching: ["packages/a/b/src/x", "packages/src", "packages/a/srcx"]),
        Row(pattern: "src/?.py", matching: ["src/a.py", "src/é.py"], notMatching: ["src/ab.py", "src/.py", "src/a/b.py"]),
        Row(pattern: "src/*.py", matching: ["src/.py", "src/a.b.py"], notMatching: ["src/a/b.txt", "src/a.pyc"]),
        // `**` as a segment: zero or more segments.
        Row(pattern: "a/**/b", matching: ["a/b", "a/x/b", "a/x/y/b", "a/b/c"], notMatching: ["a/xb", "b", "x/a/b"]),
        Row(pattern: "src/**/test_*.py", matching: ["src/test_a.py", "src/x/y/test_b.py"], notMatching: ["test_a.py", "src/x/a_test.py"]),
        Row(pattern: "**/*.md", matching: ["README.md", "docs/a/b.md", "x.md/inner"], notMatching: ["md", "a.mdx", "a/b.md.txt"]),
        Row(pattern: "**", matching: ["a", "a/b/c"], notMatching: []),
        Row(pattern: "**/node_modules", matching: ["node_modules/x", "a/node_modules/b/c"], notMatching: ["a/node_modulesx"]),
        // A trailing `**` needs one segment beneath, as in git.
        Row(pattern: "docs/**", matching: ["docs/a", "docs/a/b"], notMatching: ["docs", "docsx/a"]),
        // `**` inside a segment is `*`.
        Row(pattern: "src/a**b", matching: ["src/ab", "src/axxb"], notMatching: ["src/a/b"]),
        // Braces: alternation, nested, anywhere.
        Row(pattern: "src/{api,ui}/**/*.{ts,tsx}", matching: ["src/api/a.ts", "src/ui/x/b.tsx"],
            notMatching: ["src/db/a.ts", "src/api/a.js"]),
        Row(pattern: "{a,b{c,d}}/x", matching: ["a/x", "bc/x", "bd/x"], notMatching: ["b/x", "bcd/x"]),
        Row(pattern: "lib/{a,b/c}", matching: ["lib/a", "lib/b/c/d"], notMatching: ["lib/b"]),
        // Brackets and parentheses are literal (Next.js routes).
        Row(pattern: "app/(auth)/[id]/page.tsx", matching: ["app/(auth)/[id]/page.tsx"], notMatching: ["app/auth/i/page.tsx", "app/(auth)/d/page.tsx"]),
        Row(pattern: "app/[slug]/*", matching: ["app/[slug]/page.tsx"], notMatching: ["app/s/page.tsx"]),
        // Case-sensitive, byte-exact.
        Row(pattern: "Src/A.py", matching: ["Src/A.py"], notMatching: ["src/a.py", "SRC/A.py"]),
        Row(pattern: "docs/café/*", matching: ["docs/café/x"], notMatching: ["docs/cafe/x"]),
    ]

    @Test("dialect rules", arguments: rows)
    func rule(_ row: Row) throws {
        let glob = try Glob(row.pattern)
        let set = PatternSet([row.pattern])
        for path in row.matching {
            #expect(glob.matches(path), "\(row.pattern) should match \(path)")
            #expect(set.matches(path) == [0], "\(row.pattern) in a set should match \(path)")
        }
        for path in row.notMatching {
            #expect(!glob.matches(path), "\(row.pattern) should not match \(path)")
            #expect(set.matches(path).isEmpty, "\(row.pattern) in a set should not match \(path)")
        }
    }

    @Test("invalid patterns are rejected with a kind", arguments: [
        ("", PatternError.Kind.empty), ("/", .empty), ("./", .empty),
        ("src//a", .emptySegment), ("{a,}/x", .emptySegment),
        ("src/{id}/x", .placeholder), ("/api/users/{id}", .placeholder), ("{}", .placeholder), ("{a,{b}}", .placeholder),
        ("src/{a,b", .unbalancedBrace), ("src/a}", .unbalancedBrace),
        ("!src/a", .exclusionNotAllowed), ("src/a\u{0}b", .invalidCharacter),
    ])
    func invalid(_ pattern: String, _ kind: PatternError.Kind) {
        #expect(throws: PatternError.self) { try Glob(pattern) }
        do {
            _ = try Glob(pattern)
        } catch {
            #expect(error.kind == kind)
            #expect(error.pattern == pattern)
            #expect(!error.message.isEmpty)
        }
    }

    @Test func isLiteral() throws {
        #expect(try Glob("src/api/handler.py").isLiteral)
        #expect(try Glob("src/api/").isLiteral)
        #expect(try Glob("app/(auth)/[id]").isLiteral)
        #expect(try !Glob("src/*.py").isLiteral)
        #expect(try !Glob("src/{a,b}").isLiteral)
        #expect(try !Glob("docs/**").isLiteral)
    }
}
