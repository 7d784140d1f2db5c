/// The files a shell command line writes, read from its text: redirections, and the arguments of
/// the commands that write (the table below), across `&&`, `||`, `;`, `|`, subshells, command
/// substitutions and `bash -c '…'`.
///
/// It judges text, not behaviour: scripts, interpreters (`python -c`), `eval` of a variable and
/// build tools are not looked into. Where a detected write names its target through something
/// the text does not show (a variable, a `cd` to an unknown folder), the effect is `unseen`, so
/// that the guard can refuse with a reason rather than guess.
struct BashWrites {
    /// `HOME`, for `~` and a bare `cd`.
    let home: String?

    /// The effects of a command line; paths are relative to the folder it starts in.
    func effects(of command: String) -> [ShellEffect] { effects(of: command, depth: 0) }

    /// How a command writes. Commands not in the table are taken to write nothing.
    enum Form {
        /// Every operand after the first `skip` is written (`rm`, `touch`; `chown OWNER FILE`).
        case operands(skip: Int, short: Set<Character> = [], long: Set<String> = [])
        case chmod, tee, sed, perl, dd, find, curl, wget, git, eval, xargs, applyPatch
        /// `cp`, `mv` (which also removes its sources), `install`.
        case copy(movesSources: Bool)
        /// `ln`: the link, and the file it names (a write through the link lands there).
        case link
        case install
        /// `bash -c 'script'`, or a here-document fed to a shell.
        case shell
        case changeFolder
        /// Runs the command after its own options (`sudo`, `env`, `timeout 5`).
        case wrapper(short: Set<Character>, operands: Int)
        /// Writes files territory cannot name from the text.
        case opaque(String)
    }

    static let table: [String: Form] = [
        "rm": .operands(skip: 0), "rmdir": .operands(skip: 0), "unlink": .operands(skip: 0),
        "touch": .operands(skip: 0, short: ["d", "t", "r"], long: ["--date", "--reference"]),
        "mkdir": .operands(skip: 0, short: ["m"], long: ["--mode"]),
        "truncate": .operands(skip: 0, short: ["s", "r"], long: ["--size", "--reference"]),
        "shred": .operands(skip: 0, short: ["n", "s"], long: ["--iterations", "--size", "--random-source"]),
        "chown": .operands(skip: 1), "chgrp": .operands(skip: 1), "chmod": .chmod,
        "tee": .tee, "sed": .sed, "perl": .perl, "dd": .dd, "find": .find, "curl": .curl, "wget": .wget,
        "cp": .copy(movesSources: false), "ln": .link, "mv": .copy(movesSources: true),
        "install": .install, "git": .git, "eval": .eval, "xargs": .xargs,
        "apply_patch": .applyPatch, "applypatch": .applyPatch,
        "bash": .shell, "sh": .shell, "zsh": .shell, "dash": .shell, "ksh": .shell,
        "cd": .changeFolder, "pushd": .changeFolder, "popd": .changeFolder,
        "sudo": .wrapper(short: ["u", "g", "C", "D", "h", "p", "r", "t", "U"], operands: 0),
        "doas": .wrapper(short: ["u", "C"], operands: 0),
        "env": .wrapper(short: ["u", "C", "S"], operands: 0),
        "nice": .wrapper(short: ["n"], operands: 0), "nohup": .wrapper(short: [], operands: 0),
        "time": .wrapper(short: [], operands: 0), "exec": .wrapper(short: ["a"], operands: 0),
        "command": .wrapper(short: [], operands: 0), "builtin": .wrapper(short: [], operands: 0),
        "stdbuf": .wrapper(short: ["i", "o", "e"], operands: 0),
        "timeout": .wrapper(short: ["s", "k"], operands: 1),
        "patch": .opaque("`patch` writes the files its diff names, which territory does not read"),
    ]

    private func effects(of command: String, depth: Int) -> [ShellEffect] {
        guard depth < 8 else { return [.unseen("commands nested too deeply to follow")] }
        let tokenizer = ShellTokenizer(command)
        var effects = tokenizer.substitutions.flatMap { self.effects(of: $0, depth: depth + 1) }
        var folder: String? = ""
        var saved: [String?] = []
        var command = SimpleCommand()
        var tokens = tokenizer.tokens[...]
        while let token = tokens.popFirst() {
            switch token {
            case .separator(let text):
                effects += run(command, folder: &folder, depth: depth)
                command = SimpleCommand()
                if text == "(" { saved.append(folder) }
                if text == ")", let outer = saved.popLast() { folder = outer }
            case .redirection(let op, _):
                guard case .word(let target)? = tokens.first else { continue }
                tokens.removeFirst()
                switch op {
                case ">", ">>", ">|", "&>", "&>>", "<>": command.outputs.append(target)
                case ">&" where !(target.text.allSatisfy(\.isNumber) || target.text == "-"): command.outputs.append(target)
                case "<<", "<<-": command.hereDocument = target.text
                default: break
                }
            case .word(let word):
                if command.arguments.isEmpty, Self.isAssignment(word) {
                    command.assignments.append(word.text)
                } else if command.arguments.isEmpty, Self.keywords.contains(word.text), !word.wasQuoted {
                    continue
                } else {
                    command.arguments.append(word)
                }
            }
        }
        effects += run(command, folder: &folder, depth: depth)
        return effects
    }

    /// Words that open or close compound commands; the command proper follows them.
    static let keywords: Set<String> = ["!", "{", "}", "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "time"]

    static func isAssignment(_ word: ShellWord) -> Bool {
        guard let equals = word.text.firstIndex(of: "="), equals != word.text.startIndex else { return false }
        let name = word.text[..<equals]
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && !(name.first?.isNumber ?? true)
    }

    /// One simple command's effects: its redirections, then what its name does.
    private func run(_ command: SimpleCommand, folder: inout String?, depth: Int) -> [ShellEffect] {
        var effects = command.outputs.flatMap { targets($0, in: folder) }
        guard let name = command.name, !["for", "case", "select", "function"].contains(name) else { return effects }
        let arguments = command.arguments
        switch Self.table[name.split(separator: "/").last.map(String.init) ?? name] {
        case nil:
            break
        case .operands(let skip, let short, let long):
            let scan = OptionScan(arguments.dropFirst(), short: short, long: long)
            let written = scan.has("--reference") && skip > 0 ? scan.operands : Array(scan.operands.dropFirst(skip))
            effects += written.flatMap { targets($0, in: folder) }
        case .chmod:
            let scan = OptionScan(arguments.dropFirst(), long: ["--reference"])
            let known: Set<String> = ["-R", "-v", "-c", "-f", "--recursive", "--verbose", "--changes", "--silent", "--quiet",
                                      "--reference", "--preserve-root", "--no-preserve-root"]
            let modeAsOption = scan.options.contains { !known.contains($0.name) }
            let skip = scan.has("--reference") || modeAsOption ? 0 : 1
            effects += scan.operands.dropFirst(skip).flatMap { targets($0, in: folder) }
        case .tee:
            effects += OptionScan(arguments.dropFirst()).operands.filter { $0.text != "-" }.flatMap { targets($0, in: folder) }
        case .sed:
            effects += inPlaceFiles(arguments, short: ["e", "f", "l"], long: ["--expression", "--file", "--line-length"],
                                    inPlace: ["-i", "--in-place"], scripts: ["-e", "-f", "--expression", "--file"])
                .flatMap { targets($0, in: folder) }
        case .perl:
            effects += inPlaceFiles(arguments, short: ["e", "E", "I", "M", "m"], long: [], inPlace: ["-i"], scripts: ["-e", "-E"])
                .flatMap { targets($0, in: folder) }
        case .dd:
            for argument in arguments.dropFirst() where argument.text.hasPrefix("of=") {
                var file = argument
                file.text.removeFirst(3)
                effects += targets(file, in: folder)
            }
        case .copy(let movesSources):
            effects += copies(arguments, movesSources: movesSources, folder: folder)
        case .link:
            effects += links(arguments, folder: folder)
        case .install:
            let scan = OptionScan(arguments.dropFirst(), short: ["m", "o", "g", "t", "S"],
                                  long: ["--mode", "--owner", "--group", "--target-directory", "--suffix"])
            effects += scan.has("-d", "--directory")
                ? scan.operands.flatMap { targets($0, in: folder) }
                : copies(arguments, movesSources: false, folder: folder)
        case .find:
            effects += finds(arguments, folder: folder)
        case .curl:
            effects += valuesOf(arguments, options: ["-o", "--output", "-D", "--dump-header", "-c", "--cookie-jar"], clusterLetter: "o")
                .flatMap { targets($0, in: folder) }
        case .wget:
            effects += valuesOf(arguments, options: ["-O", "--output-document", "-o", "--output-file", "-a", "--append-output",
                                                     "-P", "--directory-prefix"], clusterLetter: "O")
                .flatMap { targets($0, in: folder) }
        case .git:
            effects += GitWrites(writes: self, assignments: command.assignments).effects(arguments, folder: folder)
        case .eval:
            let words = arguments.dropFirst()
            if !words.contains(where: \.isDynamic) { effects += self.effects(of: words.map(\.text).joined(separator: " "), depth: depth + 1) }
        case .xargs:
            let scan = OptionScan(arguments.dropFirst(), short: ["I", "L", "n", "P", "s", "d", "E", "a"], long: [])
            if let inner = scan.operands.first?.text, Self.table[inner] != nil {
                effects.append(.unseen("`xargs \(inner)` takes its paths from its input, which territory cannot see; name the files in the command itself"))
            }
        case .applyPatch:
            if let text = command.hereDocument ?? arguments.dropFirst().first?.text {
                effects += PatchTargets.effects(of: text).map { prefixed($0, folder: folder) }
            }
        case .shell:
            effects += shellScript(arguments, hereDocument: command.hereDocument, depth: depth).map { prefixed($0, folder: folder) }
        case .changeFolder:
            folder = changedFolder(arguments, name: name, from: folder)
        case .wrapper(let short, let operands):
            if name == "command", arguments.dropFirst().first.map({ ["-v", "-V"].contains($0.text) }) == true { break }
            var rest = arguments.dropFirst()
            while let first = rest.first, first.text.hasPrefix("-") || (name == "env" && Self.isAssignment(first)) {
                rest.removeFirst()
                if first.text.count == 2, let flag = first.text.last, short.contains(flag), !rest.isEmpty { rest.removeFirst() }
            }
            rest = rest.dropFirst(operands)
            effects += run(SimpleCommand(assignments: command.assignments, arguments: Array(rest)), folder: &folder, depth: depth)
        case .opaque(let reason):
            effects.append(.unseen(reason + "; make the change with the edit tools instead"))
        }
        return effects
    }

    /// The paths a word names once the shell has expanded it, relative to the starting folder.
    func targets(_ word: ShellWord, in folder: String?) -> [ShellEffect] {
        if word.isDynamic {
            return [.unseen("`\(word.raw)` is filled in by the shell (a variable or a command substitution), so territory cannot see which file it writes; write the path literally")]
        }
        return (word.hasBraces ? Self.expandBraces(word.text) : [word.text]).compactMap { text in
            if text.isEmpty || Self.devices.contains(text) || text.hasPrefix("/dev/fd/") { return nil }
            var path = text
            if word.hasTilde {
                guard let home, path == "~" || path.hasPrefix("~/") else {
                    return .unseen("`\(text)` names another user's home folder; write the path literally")
                }
                path = home + path.dropFirst()
            }
            if !path.hasPrefix("/") {
                guard let folder else {
                    return .unseen("after a `cd` territory cannot follow, `\(text)` could be anywhere; use a path from the starting folder, or run the commands separately")
                }
                if !folder.isEmpty { path = folder + "/" + path }
            }
            return word.hasGlob ? .writeMatching(path) : .write(path)
        }
    }

    static let devices: Set<String> = ["/dev/null", "/dev/stdout", "/dev/stderr", "/dev/tty", "/dev/zero"]

    /// An effect read relative to a nested script's start, made relative to this one's.
    private func prefixed(_ effect: ShellEffect, folder: String?) -> ShellEffect {
        func join(_ path: String) -> String? {
            if path.hasPrefix("/") { return path }
            guard let folder else { return nil }
            return folder.isEmpty ? path : folder + "/" + path
        }
        let lost = ShellEffect.unseen("after a `cd` territory cannot follow, the script's paths could be anywhere; run the commands separately")
        switch effect {
        case .write(let path): return join(path).map(ShellEffect.write) ?? lost
        case .writeMatching(let path): return join(path).map(ShellEffect.writeMatching) ?? lost
        default: return effect
        }
    }

    /// `sed -i` and `perl -i`: the files after the script (all operands when `-e`/`-f` gave it).
    private func inPlaceFiles(_ arguments: [ShellWord], short: Set<Character>, long: Set<String>,
                              inPlace: Set<String>, scripts: Set<String>) -> [ShellWord] {
        let scan = OptionScan(arguments.dropFirst(), short: short, long: long, optionalShort: ["i"])
        guard scan.options.contains(where: { inPlace.contains($0.name) }) else { return [] }
        var files = scan.operands[...]
        if scan.value("-i") == nil, files.first?.text == "" { files.removeFirst() }
        if !scan.options.contains(where: { scripts.contains($0.name) }) { files = files.dropFirst() }
        return Array(files)
    }

    /// `cp`, `mv`, `ln`, `install`: the destination (each source's name inside it when it is a
    /// folder), and for `mv` the sources, which disappear.
    private func copies(_ arguments: [ShellWord], movesSources: Bool, folder: String?) -> [ShellEffect] {
        let scan = OptionScan(arguments.dropFirst(), short: ["t", "S", "m", "o", "g"],
                              long: ["--target-directory", "--suffix", "--mode", "--owner", "--group"])
        var operands = scan.operands
        var destinations: [ShellWord]
        if let directory = scan.value("-t", "--target-directory") {
            destinations = operands.map { Self.inside(ShellWord(text: directory), $0) }
        } else {
            guard operands.count >= 2, let last = operands.popLast() else { return [] }
            let intoFolder = !scan.has("-T", "--no-target-directory") && (operands.count > 1 || last.text.hasSuffix("/"))
            destinations = intoFolder ? operands.map { Self.inside(last, $0) } : [last]
        }
        if movesSources { destinations += operands }
        return destinations.flatMap { targets($0, in: folder) }
    }

    /// `ln [-s] TARGET… LINK`: the link is written, and so, in effect, is each target: whatever
    /// is later written through the link lands on it. A symbolic link's target is read from the
    /// link's folder.
    private func links(_ arguments: [ShellWord], folder: String?) -> [ShellEffect] {
        let scan = OptionScan(arguments.dropFirst(), short: ["t", "S"], long: ["--target-directory", "--suffix"])
        var operands = scan.operands
        let symbolic = scan.has("-s", "--symbolic")
        var pairs: [(target: ShellWord, link: ShellWord)]
        if let directory = scan.value("-t", "--target-directory") {
            pairs = operands.map { ($0, Self.inside(ShellWord(text: directory), $0)) }
        } else {
            guard operands.count >= 2, let last = operands.popLast() else { return [] }
            let intoFolder = !scan.has("-T", "--no-target-directory") && (operands.count > 1 || last.text.hasSuffix("/"))
            pairs = operands.map { ($0, intoFolder ? Self.inside(last, $0) : last) }
        }
        return pairs.flatMap { pair -> [ShellEffect] in
            var target = pair.target
            if symbolic, !target.text.hasPrefix("/") {
                let linkFolder = pair.link.text.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
                if !linkFolder.isEmpty { target.text = linkFolder + "/" + target.text }
            }
            return targets(pair.link, in: folder) + targets(target, in: folder)
        }
    }

    /// `folder/name-of-source`, keeping what the shell would still expand in either word.
    static func inside(_ folder: ShellWord, _ source: ShellWord) -> ShellWord {
        var joined = folder
        let trimmed = folder.text.hasSuffix("/") ? String(folder.text.dropLast()) : folder.text
        let name = source.text.split(separator: "/").last.map(String.init) ?? source.text
        joined.text = trimmed + "/" + name
        joined.isDynamic = folder.isDynamic || source.isDynamic
        joined.hasGlob = folder.hasGlob || source.hasGlob
        joined.raw = folder.raw + "/" + source.raw
        return joined
    }

    /// `find PATH… -delete` or `-exec` of a writing command: everything under the start points.
    private func finds(_ arguments: [ShellWord], folder: String?) -> [ShellEffect] {
        let words = arguments.dropFirst()
        let starts = words.prefix { !$0.text.hasPrefix("-") && $0.text != "(" && $0.text != "!" }
        let actions = words.dropFirst(starts.count)
        var writes = actions.contains { $0.text == "-delete" }
        for (offset, word) in actions.enumerated() where ["-exec", "-execdir", "-ok", "-okdir"].contains(word.text) {
            let next = actions.dropFirst(offset + 1).first?.text ?? ""
            if let form = Self.table[next], !Self.isFolderChange(form) { writes = true }
        }
        guard writes else { return [] }
        return (starts.isEmpty ? [ShellWord(text: ".")] : Array(starts)).flatMap { targets($0, in: folder) }
    }

    private static func isFolderChange(_ form: Form) -> Bool {
        if case .changeFolder = form { return true }
        return false
    }

    /// The words after `-o FILE`-like options (also `--output=FILE`, and `-sSo FILE`).
    private func valuesOf(_ arguments: [ShellWord], options: Set<String>, clusterLetter: Character) -> [ShellWord] {
        var values: [ShellWord] = []
        var index = 1
        while index < arguments.count {
            let text = arguments[index].text
            index += 1
            if let equals = text.firstIndex(of: "="), options.contains(String(text[..<equals])) {
                var value = arguments[index - 1]
                value.text = String(text[text.index(after: equals)...])
                values.append(value)
            } else if options.contains(text) || (text.hasPrefix("-") && !text.hasPrefix("--") && text.last == clusterLetter),
                      index < arguments.count {
                values.append(arguments[index])
                index += 1
            }
        }
        return values
    }

    /// `bash -c 'script'` (also `-lc`, `-ec`), or `bash <<EOF` with the script as here-document.
    private func shellScript(_ arguments: [ShellWord], hereDocument: String?, depth: Int) -> [ShellEffect] {
        var index = 1
        while index < arguments.count, arguments[index].text.hasPrefix("-") {
            let option = arguments[index].text
            index += 1
            if option == "-o" || option == "-O" || option == "+O" { index += 1; continue }
            if !option.hasPrefix("--"), option.contains("c"), index < arguments.count {
                let script = arguments[index]
                if script.isDynamic { return [.unseen("`\(arguments[0].text) -c` runs a script the shell fills in (\(script.raw)); run the commands directly")] }
                return effects(of: script.text, depth: depth + 1)
            }
        }
        if index == arguments.count, let hereDocument { return effects(of: hereDocument, depth: depth + 1) }
        return []
    }

    /// The folder after `cd`, `pushd` or `popd`; nil when territory cannot tell.
    private func changedFolder(_ arguments: [ShellWord], name: String, from folder: String?) -> String? {
        guard name != "popd" else { return nil }
        let operands = arguments.dropFirst().filter { !($0.text.hasPrefix("-") && $0.text.count > 1) }
        guard let target = operands.first else { return home }
        if target.isDynamic || target.text == "-" { return nil }
        var path = target.text
        if target.hasTilde {
            guard let home, path == "~" || path.hasPrefix("~/") else { return nil }
            path = home + path.dropFirst()
        }
        if path.hasPrefix("/") { return path }
        guard let folder else { return nil }
        return folder.isEmpty ? path : folder + "/" + path
    }

    /// Bash brace expansion of comma lists: `src/{a,b}.ts` → `src/a.ts`, `src/b.ts`. Sequences
    /// (`{1..3}`) stay as written.
    static func expandBraces(_ text: String) -> [String] {
        let characters = Array(text)
        var depth = 0
        var open = 0
        var commas: [Int] = []
        for (index, character) in characters.enumerated() {
            switch character {
            case "{":
                if depth == 0 { open = index; commas = [] }
                depth += 1
            case "," where depth == 1:
                commas.append(index)
            case "}" where depth > 0:
                depth -= 1
                guard depth == 0, !commas.isEmpty else { continue }
                let prefix = String(characters[..<open]), suffix = String(characters[(index + 1)...])
                let bounds = [open] + commas + [index]
                return zip(bounds, bounds.dropFirst()).flatMap { start, end in
                    expandBraces(prefix + String(characters[(start + 1)..<end]) + suffix)
                }
            default:
                continue
            }
        }
        return [text]
    }
}
