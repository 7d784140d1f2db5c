import Testing
import TerritoryKit

/// Import extraction per language: what each scanner finds (specifier and line) and what it
/// must not (comments, docstrings, system headers, code after Go/Java declarations).
@Suite struct ContractImportExtractorTests {
    static func found(_ text: String, _ language: ImportLanguage) -> [String] {
        ImportExtractor.imports(in: text, language: language).map { "\($0.line) \($0.specifier)" }
    }

    @Test func python() {
        let text = """
        import os, src.storage.client as c
        from .client import StorageClient, Other
        from ..shared import util  # comment
        # import commented
        \"\"\"
        import in_docstring
        \"\"\"
        def f():
            from src.x import y
        """
        #expect(Self.found(text, .python) == ["1 os", "1 src.storage.client", "2 .client", "3 ..shared", "9 src.x"])
        #expect(ImportExtractor.imports(in: text, language: .python)[2].names == ["StorageClient", "Other"])
    }

    @Test func typeScript() {
        let text = """
        import { a } from './a';
        import b from "../b";
        import './side-effect';
        export * from './reexport';
        import {
          c,
        } from './multi';
        const d = require('./d');
        const e = await import('./e');
        // import { z } from './commented';
        const s = myrequire('./not');
        """
        #expect(Self.found(text, .typescript) == ["1 ./a", "2 ../b", "3 ./side-effect", "4 ./reexport", "5 ./multi", "8 ./d", "9 ./e"])
    }

    @Test func swift() {
        let text = """
        import Foundation
        @testable import TerritoryKit
        @_implementationOnly import Clibgit2
        public import struct Storage.Client
        // import Commented
        let s = \"\"\"
        import Quoted
        \"\"\"
        """
        #expect(Self.found(text, .swift) == ["1 Foundation", "2 TerritoryKit", "3 Clibgit2", "4 Storage"])
    }

    @Test func goStopsAtTheFirstDeclaration() {
        let text = """
        package main

        import "fmt"
        import (
            st "example.com/app/internal/storage"
            // "commented"
            "example.com/app/internal/search"
        )

        func main() {}
        import "after"
        """
        #expect(Self.found(text, .go) == ["3 fmt", "5 example.com/app/internal/storage", "7 example.com/app/internal/search"])
    }

    @Test func rustKotlinJavaAndC() {
        let rust = "use crate::storage::client::Client;\npub(crate) use super::x;\nmod compression;\n// use crate::no;\nuse std::{io, fs};\n"
        #expect(Self.found(rust, .rust) == ["1 crate::storage::client::Client", "2 super::x", "3 compression", "5 std"])
        let java = "package a;\nimport static a.b.C.run;\nimport a.b.D;\n@Deprecated\npublic final class X {}\nimport a.b.Late;\n"
        #expect(Self.found(java, .java) == ["2 a.b.C.run", "3 a.b.D"])
        let c = "#include <stdio.h>\n#include \"storage/client.h\"\n#  import \"x.h\"\n// #include \"no.h\"\n"
        #expect(Self.found(c, .c) == ["2 storage/client.h", "3 x.h"])
    }

    /// A parenthesised name list over several lines, as black writes long imports: every name
    /// (submodules the resolver tries first), at the `from` line. A list a damaged file never
    /// closes ends at the next import statement.
    @Test func pythonNameListOverSeveralLines() {
        let text = """
        from src.storage import (
            client,  # the interface
            index as idx,
        )
        from .x import (a,
          b)
        from y import (
            c,
        import after
        """
        #expect(ImportExtractor.imports(in: text, language: .python).map { "\($0.line) \($0.specifier) \($0.names)" } == [
            #"1 src.storage ["client", "index"]"#, #"5 .x ["a", "b"]"#, #"7 y ["c"]"#, "9 after []",
        ])
    }

    /// The known miss: the scanners read one statement per line, so of two imports joined by `;`
    /// one goes unseen (the second; for TypeScript, which reads the line's last `from`, the
    /// first). Formatters write one import per line, and a missed import costs a missed finding,
    /// never a false block. A scanner that learns to split statements changes this test.
    @Test func aSecondStatementOnTheSameLineIsMissed() {
        #expect(Self.found("import os; import sys\n", .python) == ["1 os"])
        #expect(Self.found("import Foundation; import Storage\n", .swift) == ["1 Foundation"])
        #expect(Self.found("use a::b; use c::d;\n", .rust) == ["1 a::b"])
        #expect(Self.found("import a.B; import c.D;\n", .java) == ["1 a.B"])
        #expect(Self.found("import { a } from './a'; import { b } from './b';\n", .typescript) == ["1 ./b"])
    }

    /// Strings that merely quote an import are not imports.
    @Test func quotedImportsAreNotImports() {
        #expect(Self.found("x = 'import y'\n", .python).isEmpty)
        #expect(Self.found("s = \"\"\"import y\"\"\"\n", .python).isEmpty)
    }

    @Test func theLanguageComesFromTheExtension() {
        #expect(ImportLanguage(path: "a/b.tsx") == .typescript && ImportLanguage(path: "README.md") == nil)
    }
}
