@testable import TerritoryEngine
import Testing

/// `BashWrites` on command lines as agents write them: each case is the command and the effects
/// it must report (paths relative to the folder the command starts in).
@Suite struct GuardBashWritesTests {
    static let writes = BashWrites(home: "/home/agent")

    static func effects(_ command: String) -> [String] {
        writes.effects(of: command).compactMap { effect in
            switch effect {
            case .write(let path): path
            case .writeMatching(let pattern): "glob " + pattern
            case .refused: "refused"
            case .unseen: "unseen"
            case .commit: nil  // the trailer check: GuardCommitTrailerTests
            }
        }
    }

    static let cases: [(String, [String])] = [
        // redirections
        ("echo hi > a.txt", ["a.txt"]),
        ("echo hi >> a.txt", ["a.txt"]),
        ("echo hi >a.txt", ["a.txt"]),
        ("echo hi 1>a.txt 2>err.log", ["a.txt", "err.log"]),
        ("make &> build.log", ["build.log"]),
        ("cmd >| forced.txt", ["forced.txt"]),
        ("npm test 2>&1 | tail -5", []),
        ("echo x >&2", []),
        ("echo x >/dev/null 2>/dev/null", []),
        ("echo x >&-", []),
        ("cat < in.txt", []),
        ("echo a>b", ["b"]),
        ("echo \"2\">b", ["b"]),
        ("> empty.txt", ["empty.txt"]),
        // quoting and escapes
        ("echo '> not a redirect' > 'my file.txt'", ["my file.txt"]),
        ("echo \"a > b\" > \"x y.md\"", ["x y.md"]),
        ("echo x > my\\ file.txt", ["my file.txt"]),
        ("echo x > $'tab\\tname'", ["tab\tname"]),
        ("echo x # > comment.txt", []),
        // separators
        ("touch a && touch b || touch c; touch d | tee e", ["a", "b", "c", "d", "e"]),
        ("echo x > a\necho y > b", ["a", "b"]),
        ("(echo x > a) & echo y > b", ["a", "b"]),
        // tee, sed, perl
        ("printf x | tee -a one.txt two.txt", ["one.txt", "two.txt"]),
        ("sed -i 's/a/b/' f1 f2", ["f1", "f2"]),
        ("sed -i.bak -e 's/a/b/' -e 's/c/d/' f1", ["f1"]),
        ("sed --in-place=.orig 's/a/b/' f1", ["f1"]),
        ("sed -i '' 's/a/b/' f1", ["f1"]),
        ("sed -n 's/a/b/p' f1", []),
        ("sed 's/a/b/' f1 > out", ["out"]),
        ("perl -pi -e 's/a/b/' f1 f2", ["f1", "f2"]),
        ("perl -ne 'print' f1", []),
        // copy, move, link, install
        ("cp a b", ["b"]),
        ("cp -r src/a src/b dest", ["dest/a", "dest/b"]),
        ("cp a dest/", ["dest/a"]),
        ("cp -t dest a b", ["dest/a", "dest/b"]),
        ("mv old new", ["new", "old"]),
        ("mv a b dir", ["dir/a", "dir/b", "a", "b"]),
        ("ln -s target link", ["link", "target"]),
        ("ln -s ../src/ui/App.tsx docs/app.tsx", ["docs/app.tsx", "docs/../src/ui/App.tsx"]),
        ("ln src/a.ts docs/a.ts", ["docs/a.ts", "src/a.ts"]),
        ("ln -sf /etc/hosts hosts", ["hosts", "/etc/hosts"]),
        ("install -m 755 tool bin/tool", ["bin/tool"]),
        ("install -d build/out", ["build/out"]),
        // removal, creation, attributes
        ("rm -rf build dist", ["build", "dist"]),
        ("rm -- -weird", ["-weird"]),
        ("rmdir empty", ["empty"]),
        ("mkdir -p -m 700 a/b", ["a/b"]),
        ("touch -d yesterday stamp", ["stamp"]),
        ("truncate -s 0 log", ["log"]),
        ("chmod +x run.sh", ["run.sh"]),
        ("chmod -R 755 bin", ["bin"]),
        ("chmod -x run.sh", ["run.sh"]),
        ("chown me:me file", ["file"]),
        ("dd if=/dev/zero of=disk.img bs=1M count=1", ["disk.img"]),
        ("find build -name '*.o' -delete", ["build"]),
        ("find . -name '*.tmp' -exec rm {} \\;", ["."]),
        ("find src -name '*.ts'", []),
        ("curl -sSLo out.tar.gz https://example.com/x", ["out.tar.gz"]),
        ("curl --output=page.html https://example.com", ["page.html"]),
        ("wget -O page.html https://example.com", ["page.html"]),
        // globs, braces, tilde
        ("rm src/*.o", ["glob src/*.o"]),
        ("rm 'src/*.o'", ["src/*.o"]),
        ("touch src/{a,b}.ts", ["src/a.ts", "src/b.ts"]),
        ("touch {x,y{1,2}}", ["x", "y1", "y2"]),
        ("echo > ~/notes.txt", ["/home/agent/notes.txt"]),
        // folders
        ("cd src && echo x > a.ts", ["src/a.ts"]),
        ("cd /tmp && touch x", ["/tmp/x"]),
        ("cd src; cd ../docs; touch y", ["src/../docs/y"]),
        ("(cd src && touch a); touch b", ["src/a", "b"]),
        ("cd \"$DIR\" && touch a", ["unseen"]),
        ("cd - && touch a", ["unseen"]),
        ("pushd src && touch a && popd && touch b", ["src/a", "unseen"]),
        // nested shells, substitutions, wrappers
        ("bash -c 'echo x > inner.txt'", ["inner.txt"]),
        ("sh -ec \"touch a; rm b\"", ["a", "b"]),
        ("cd sub && bash -c 'touch x'", ["sub/x"]),
        ("bash <<'EOF'\ntouch from-heredoc\nEOF", ["from-heredoc"]),
        ("echo $(touch inside) > out", ["inside", "out"]),
        ("echo `rm gone`", ["gone"]),
        ("diff <(sort a) <(sort b) > d.txt", ["d.txt"]),
        ("sudo -u root rm /etc/x", ["/etc/x"]),
        ("env FOO=1 BAR=2 touch t", ["t"]),
        ("FOO=bar touch t", ["t"]),
        ("timeout 10 rm slow", ["slow"]),
        ("nice -n 5 touch n", ["n"]),
        ("command -v rm", []),
        ("eval 'touch e'", ["e"]),
        ("if true; then touch t; fi", ["t"]),
        ("while read f; do echo; done < list.txt", []),
        ("xargs rm < list", ["unseen"]),
        ("echo x > \"$OUT\"", ["unseen"]),
        ("echo x > ${OUT}.txt", ["unseen"]),
        ("rm \"$(cat list)\"", ["unseen"]),
        ("for f in *.md; do rm \"$f\"; done", ["unseen"]),
        ("patch -p1 < fix.diff", ["unseen"]),
        // here-documents are data, not commands
        ("cat > notes.md <<EOF\nrm -rf everything\necho > nowhere\nEOF", ["notes.md"]),
        ("cat <<-EOF > t.md\n\trm x\n\tEOF\ntouch after", ["t.md", "after"]),
        // Claude Code's commit messages: a here-document inside a command substitution
        ("git commit -m \"$(cat <<'EOF'\nFix: don't break (things)\n\nCo-Authored-By: x\nEOF\n)\" && echo x > after.txt", ["after.txt"]),
        ("git commit -m \"$(cat <<'EOF'\nmention --no-verify and > file in prose\nEOF\n)\"", []),
        // apply_patch through the shell (Codex's older form)
        ("apply_patch <<'EOF'\n*** Begin Patch\n*** Add File: docs/new.md\n+hi\n*** End Patch\nEOF", ["docs/new.md"]),
        // reading and building write nothing territory judges
        ("ls -la && cat a | grep b && git status && git diff --stat", []),
        ("python3 -c 'open(\"x\", \"w\")'", []),
    ]

    @Test(arguments: cases)
    func commandEffects(_ command: String, _ expected: [String]) {
        #expect(Self.effects(command) == expected, "\(command)")
    }

    static let gitCases: [(String, [String])] = [
        ("git checkout -- a b", ["a", "b"]),
        ("git checkout main -- a", ["a"]),
        ("git checkout HEAD~1 a b", ["a", "b"]),
        ("git checkout .", ["."]),
        ("git checkout feature", []),
        ("git checkout -b new", []),
        ("git restore a", ["a"]),
        ("git restore --source=HEAD~2 -- a", ["a"]),
        ("git restore --staged a", []),
        ("git restore -SW a", ["a"]),
        ("git rm -r old", ["old"]),
        ("git rm --cached a", []),
        ("git mv a b", ["a", "b"]),
        ("git -C sub checkout -- a", ["sub/a"]),
        ("git worktree remove ../other", ["../other"]),
        ("git apply fix.patch", ["unseen"]),
        ("git apply --check fix.patch", []),
        ("git commit -m 'no -n here'", []),
        ("git commit -am wip", []),
        ("git commit --no-verify -m wip", ["refused"]),
        ("git commit -nm wip", ["refused"]),
        ("git commit -m wip -n", ["refused"]),
        ("git push --no-verify", ["refused"]),
        ("git push -n", []),
        ("git merge --no-verify other", ["refused"]),
        ("git -c core.hooksPath=/dev/null commit -m x", ["refused"]),
        ("git -c core.hookspath= commit -m x", ["refused"]),
        ("git -c user.name=x commit -m x", []),
        ("git --config-env=core.hooksPath=HOOKS commit -m x", ["refused"]),
        ("git --config-env core.hooksPath=HOOKS commit -m x", ["refused"]),
        ("git --git-dir ../other/.git log", ["unseen"]),
        ("git config core.hooksPath .nohooks", ["refused"]),
        ("git config --unset core.hooksPath", ["refused"]),
        ("git config set core.hooksPath x", ["refused"]),
        ("git config --worktree territory.agent ui-agent", ["refused"]),
        ("git config --get core.hooksPath", []),
        ("git config core.hooksPath", []),
        ("git config user.email a@b", []),
        ("GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=core.hooksPath GIT_CONFIG_VALUE_0=/x git commit -m x", ["refused"]),
        ("git --work-tree=../other checkout -- a", ["unseen", "a"]),
        ("GIT_DIR=../other/.git git status", ["unseen"]),
    ]

    @Test(arguments: gitCases)
    func gitEffects(_ command: String, _ expected: [String]) {
        #expect(Self.effects(command) == expected, "\(command)")
    }

    @Test func reasonsQuoteWhatTheTextHides() {
        guard case .unseen(let reason)? = Self.writes.effects(of: "echo x > \"$OUT\"/a").first else {
            Issue.record("a variable target was not reported")
            return
        }
        #expect(reason.contains("\"$OUT\"/a"), "\(reason)")
    }

    @Test func tokenizerKeepsHereDocumentBodiesOutOfTheCommands() {
        let tokens = ShellTokenizer("cat <<EOF > f\nrm -rf /\nEOF\n").tokens
        let words = tokens.compactMap { token -> String? in
            if case .word(let word) = token { return word.text }
            return nil
        }
        #expect(words == ["cat", "rm -rf /", "f"])
    }

    @Test func patchTargetsReadEveryHeader() {
        let patch = """
            *** Begin Patch
            *** Add File: docs/a.md
            +x
            *** Update File: src/b.py
            *** Move to: src/c.py
            @@
            -x
            +y
            *** Delete File: old.txt
            *** End Patch
            """
        #expect(PatchTargets.effects(of: patch) == [.write("docs/a.md"), .write("src/b.py"), .write("src/c.py"), .write("old.txt")])
        guard case .unseen? = PatchTargets.effects(of: "*** Begin Patch\n*** End Patch").first else {
            Issue.record("an empty patch was not reported")
            return
        }
    }
}
